package io.crmkit.examples.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The chrome every chart shares: the root {@code <svg>} with its viewBox and stylesheet, the title,
 * the legend row, the body a renderer drew and the caption (wrapped) below it.
 */
final class Frame {
  /** Width of every chart, in CSS pixels; pages scale it down with {@code max-width: 100%}. */
  static final double WIDTH = 760;
  static final double PAD = 16;
  private static final double TITLE_SIZE = 18;
  private static final double CAPTION_SIZE = 14;
  private static final double LEGEND_SIZE = 13;
  private static final double LEGEND_ROW = 22;

  private Frame() {}

  /** How a legend entry shows its series: a stroke, a filled square or a filled dot. */
  enum Swatch { LINE, SQUARE, DOT }

  /** One legend entry; {@code cssClass} gives the colour (and dash) of the series. */
  record LegendItem(Swatch swatch, String cssClass, String label) {}

  /** A drawn body: its markup (origin at its top left) and its height; its width is {@link #WIDTH}. */
  record Body(String markup, double height) {}

  /** The complete {@code <svg>} element. */
  static String compose(String kind, double width, ChartText text, List<LegendItem> legend, Body body) {
    List<String> titleLines = TextMetrics.wrap(text.title(), TITLE_SIZE, width - 2 * PAD);
    List<String> captionLines = text.caption().isBlank() ? List.of()
        : TextMetrics.wrap(text.caption(), CAPTION_SIZE, width - 2 * PAD);
    List<List<LegendItem>> legendRows = legendRows(legend, width - 2 * PAD);

    double y = PAD + TITLE_SIZE;
    double titleHeight = titleLines.size() * (TITLE_SIZE + 6);
    double legendTop = PAD + titleHeight + 4;
    double bodyTop = legendTop + legendRows.size() * LEGEND_ROW + (legendRows.isEmpty() ? 0 : 6);
    double captionTop = bodyTop + body.height() + 8;
    double height = captionTop + captionLines.size() * (CAPTION_SIZE + 6) + PAD;

    Svg svg = new Svg();
    svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "crm-chart crm-" + kind,
        "width", Svg.num(width), "height", Svg.num(height),
        "viewBox", "0 0 " + Svg.num(width) + " " + Svg.num(height), "role", "img");
    svg.element("title", text.title());
    if (!text.caption().isBlank()) {
      svg.element("desc", text.caption());
    }
    svg.open("style").raw(Svg.STYLE).close("style"); // a constant without markup characters
    svg.empty("rect", "class", "bg", "x", "0", "y", "0", "width", Svg.num(width), "height", Svg.num(height));
    for (String line : titleLines) {
      svg.text(PAD, y, "title", "start", line);
      y += TITLE_SIZE + 6;
    }
    double ly = legendTop;
    for (List<LegendItem> row : legendRows) {
      double x = PAD;
      for (LegendItem item : row) {
        x = legendItem(svg, x, ly, item);
      }
      ly += LEGEND_ROW;
    }
    svg.open("g", "class", "body", "transform", "translate(0," + Svg.num(bodyTop) + ")");
    svg.raw(body.markup());
    svg.close("g");
    double cy = captionTop + CAPTION_SIZE;
    for (String line : captionLines) {
      svg.text(PAD, cy, "caption", "start", line);
      cy += CAPTION_SIZE + 6;
    }
    svg.close("svg");
    return svg.toString();
  }

  /** Draws the "no data" message centred in a box. */
  static void noData(Svg svg, double x, double y, double w, double h, String message) {
    svg.empty("rect", "class", "grid", "fill", "none", "x", Svg.num(x), "y", Svg.num(y),
        "width", Svg.num(w), "height", Svg.num(h));
    svg.text(x + w / 2, y + h / 2 + 6, "no-data", "middle", message);
  }

  private static double legendItem(Svg svg, double x, double top, LegendItem item) {
    double mid = top + LEGEND_ROW / 2;
    switch (item.swatch()) {
      case LINE -> svg.empty("line", "class", "swatch-line " + item.cssClass(), "x1", Svg.num(x),
          "y1", Svg.num(mid), "x2", Svg.num(x + 26), "y2", Svg.num(mid));
      case SQUARE -> svg.empty("rect", "class", "swatch " + item.cssClass(), "x", Svg.num(x + 6),
          "y", Svg.num(mid - 7), "width", "14", "height", "14");
      case DOT -> svg.empty("circle", "class", "swatch " + item.cssClass(), "cx", Svg.num(x + 13),
          "cy", Svg.num(mid), "r", "6");
    }
    svg.text(x + 32, mid + 4.5, "legend", "start", item.label());
    return x + 32 + TextMetrics.width(item.label(), LEGEND_SIZE) + 22;
  }

  private static List<List<LegendItem>> legendRows(List<LegendItem> legend, double maxWidth) {
    List<List<LegendItem>> rows = new ArrayList<>();
    List<LegendItem> row = new ArrayList<>();
    double x = 0;
    for (LegendItem item : legend) {
      double w = 32 + TextMetrics.width(item.label(), LEGEND_SIZE) + 22;
      if (!row.isEmpty() && x + w > maxWidth) {
        rows.add(row);
        row = new ArrayList<>();
        x = 0;
      }
      row.add(item);
      x += w;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  /** Writes the lines of a label centred or anchored at x, the first baseline at y. */
  static void lines(Svg svg, double x, double y, String cssClass, String anchor, List<String> lines,
      double lineHeight) {
    double ly = y;
    for (String line : lines) {
      svg.text(x, ly, cssClass, anchor, line);
      ly += lineHeight;
    }
  }
}
