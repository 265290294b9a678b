package io.crmkit.examples.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimated text widths for layout without a browser: SVG is written before anything measures it, so
 * widths are estimated per character (CJK and full-width forms one em, Latin letters about half an
 * em), on the generous side so labels rather get too much room than overlap.
 */
final class TextMetrics {
  private TextMetrics() {}

  /** The estimated width in pixels of {@code text} at {@code fontSize} pixels. */
  static double width(String text, double fontSize) {
    double ems = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      ems += ems(cp);
      i += Character.charCount(cp);
    }
    return ems * fontSize;
  }

  private static double ems(int cp) {
    if (isWide(cp)) {
      return 1.0;
    }
    if (cp == ' ') {
      return 0.3;
    }
    if ("iljtf.,:;'!|()[]".indexOf(cp) >= 0) {
      return 0.34;
    }
    if ("mwMW@%".indexOf(cp) >= 0) {
      return 0.9;
    }
    if (Character.isUpperCase(cp)) {
      return 0.7;
    }
    return 0.58;
  }

  static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  /**
   * {@code text} broken into lines no wider than {@code maxWidth}: at spaces, and between any two CJK
   * characters (Chinese has no spaces); a single word wider than the line stays whole.
   */
  static List<String> wrap(String text, double fontSize, double maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String token : tokens(text)) {
      String candidate = line.length() == 0 ? token.strip() : line + token;
      if (line.length() > 0 && width(candidate, fontSize) > maxWidth) {
        lines.add(line.toString().strip());
        line.setLength(0);
        line.append(token.strip());
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString().strip());
    }
    return List.copyOf(lines);
  }

  /** Break candidates: a word with its leading space, or one CJK character. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ' && token.length() > 0 && !token.toString().isBlank()) {
        tokens.add(token.toString());
        token.setLength(0);
        token.append(' ');
      } else if (isWide(cp)) {
        if (token.length() > 0 && !token.toString().isBlank()) {
          tokens.add(token.toString());
          token.setLength(0);
        }
        token.appendCodePoint(cp);
        // a CJK punctuation mark stays with the character before it
        if (i < text.length() && isClosingPunctuation(text.codePointAt(i))) {
          int next = text.codePointAt(i);
          token.appendCodePoint(next);
          i += Character.charCount(next);
        }
        tokens.add(token.toString());
        token.setLength(0);
      } else {
        token.appendCodePoint(cp);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  private static boolean isClosingPunctuation(int cp) {
    return "，。、；：？！）》」』%".indexOf(cp) >= 0;
  }
}
