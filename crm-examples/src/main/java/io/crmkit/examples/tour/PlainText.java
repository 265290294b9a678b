package io.crmkit.examples.tour;

import io.crmkit.examples.report.Block;
import io.crmkit.examples.report.ReportLabels;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.Chart;
import java.util.ArrayList;
import java.util.List;

/**
 * A report section as console text: plain characters only (no escape codes, so it reads the same in
 * a terminal, a pipe or a file), wrapped to a width in terminal columns, where Chinese characters
 * take two columns. Paragraphs wrap at spaces and between Chinese characters; a table prints as
 * aligned columns when it fits and as one labelled line per row otherwise; a chart prints as its
 * title and its computed caption. Stateless and thread-safe.
 */
final class PlainText {
  /** The console width the tour writes for. */
  static final int WIDTH = 100;

  private PlainText() {}

  /** The section under a heading such as {@code === Lesson 3: ... ===}, every line at most {@code width} columns. */
  static String render(String heading, ReportSection section, ReportLabels labels, int width) {
    StringBuilder out = new StringBuilder();
    wrap(out, "=== " + heading + " ===", "", width);
    for (Block block : section.blocks()) {
      if (block instanceof Block.Paragraph p) {
        wrap(out, p.label().isBlank() ? p.text() : labelled(p.label(), p.text()), "", width);
      } else if (block instanceof ReportTable t) {
        table(out, t, width);
      } else if (block instanceof Block.Figure f) {
        Chart chart = f.chart();
        wrap(out, "[" + chart.text().title() + "] " + chart.text().caption(), "  ", width);
      }
    }
    if (!section.takeaway().isBlank()) {
      wrap(out, labelled(labels.takeaway(), section.takeaway()), "", width);
    }
    if (!section.question().isBlank()) {
      wrap(out, labelled(labels.question(), section.question()), "", width);
    }
    return out.toString();
  }

  /** "Label: text", with the full-width colon after a Chinese label. */
  static String labelled(String label, String text) {
    return label + (isWide(label.codePointBefore(label.length())) ? "：" : ": ") + text;
  }

  private static void table(StringBuilder out, ReportTable t, int width) {
    if (!t.caption().isBlank()) {
      wrap(out, labelled(t.caption(), "").stripTrailing(), "", width);
    }
    int n = t.columns().size();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = columns(t.columns().get(c));
      for (List<String> row : t.rows()) {
        widths[c] = Math.max(widths[c], columns(row.get(c)));
      }
    }
    int total = 2 + 2 * (n - 1);
    for (int w : widths) {
      total += w;
    }
    if (total <= width) {
      out.append(row(t.columns(), widths)).append('\n');
      for (List<String> row : t.rows()) {
        out.append(row(row, widths)).append('\n');
      }
      return;
    }
    for (List<String> row : t.rows()) {
      List<String> parts = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        parts.add(c == 0 ? row.get(0) : t.columns().get(c) + " " + row.get(c));
      }
      wrap(out, "- " + String.join("; ", parts), "    ", width);
    }
  }

  private static String row(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder("  ");
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(cell);
      if (c < cells.size() - 1) {
        line.append(" ".repeat(widths[c] - columns(cell) + 2));
      }
    }
    return line.toString().stripTrailing();
  }

  /** {@code text} cut to {@code width} columns, ending in an ellipsis when cut. */
  static String truncate(String text, int width) {
    if (columns(text) <= width) {
      return text;
    }
    StringBuilder cut = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = isWide(cp) ? 2 : 1;
      if (used + w > width - 1) {
        break;
      }
      cut.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return cut.toString().stripTrailing() + "…";
  }

  /** Appends {@code text} wrapped to {@code width}; continuation lines start with {@code indent}. */
  static void wrap(StringBuilder out, String text, String indent, int width) {
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String token : tokens(text)) {
      if (token.equals(" ")) {
        if (used > 0) {
          line.append(' ');
          used++;
        }
        continue;
      }
      int w = columns(token);
      if (used + w > width && used > columns(indent)) {
        out.append(line.toString().stripTrailing()).append('\n');
        line.setLength(0);
        line.append(indent);
        used = columns(indent);
      }
      while (used + w > width) {
        // a single word longer than the line: cut it
        int fit = 0;
        int cols = 0;
        while (fit < token.length() && used + cols + columns(token.substring(fit, fit + 1)) <= width) {
          cols += columns(token.substring(fit, fit + 1));
          fit++;
        }
        out.append(line).append(token, 0, fit).append('\n');
        token = token.substring(fit);
        w = columns(token);
        line.setLength(0);
        line.append(indent);
        used = columns(indent);
      }
      line.append(token);
      used += w;
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** Words, single spaces and single wide characters (a line may break before or after one). */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || isWide(cp)) {
        if (word.length() > 0) {
          tokens.add(word.toString());
          word.setLength(0);
        }
        tokens.add(Character.isWhitespace(cp) ? " " : new String(Character.toChars(cp)));
      } else {
        word.appendCodePoint(cp);
      }
    });
    if (word.length() > 0) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  /** The width of {@code text} in terminal columns: two for East Asian wide characters, one otherwise. */
  static int columns(String text) {
    return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
