package io.crmkit.examples.report.chart;

/**
 * Escaping of text for XML, SVG and (X)HTML: the five markup characters become entities and
 * characters XML 1.0 cannot carry (control characters, unpaired surrogates) become U+FFFD, so any
 * customer name or label yields well-formed output.
 *
 * <p>Stateless and thread-safe.
 */
public final class Markup {
  private Markup() {}

  /** {@code text} safe for element content and for attribute values in double or single quotes. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (isXmlChar(c)) {
            out.append(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean isXmlChar(char c) {
    if (Character.isSurrogate(c)) {
      return false; // an unpaired half
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
