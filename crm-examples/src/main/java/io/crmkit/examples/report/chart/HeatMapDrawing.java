package io.crmkit.examples.report.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws a {@link HeatMap}. */
final class HeatMapDrawing {
  private static final double LABEL_SIZE = 12;
  private static final double TEXT_SIZE = 12;

  private HeatMapDrawing() {}

  static String draw(HeatMap map) {
    Svg svg = new Svg();
    if (map.isEmpty()) {
      Frame.noData(svg, Frame.PAD, 10, Frame.WIDTH - 2 * Frame.PAD, 200, map.text().noData());
      return Frame.compose("heatmap", Frame.WIDTH, map.text(), List.of(), new Frame.Body(svg.toString(), 220));
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    Map<String, HeatCell> byKey = new HashMap<>();
    for (HeatCell c : map.cells()) {
      min = Math.min(min, c.value());
      max = Math.max(max, c.value());
      byKey.put(key(c.row(), c.column()), c);
    }
    LinearScale scale = LinearScale.nice(min >= 0 ? 0 : min, max, HeatMap.CLASSES + 1);
    HeatScale.Categorical categorical = map.scale() instanceof HeatScale.Categorical c ? c : null;
    ValueFormat format = map.scale() instanceof HeatScale.Sequential s ? s.format() : ValueFormat.number();
    double classWidth = (scale.max() - scale.min()) / HeatMap.CLASSES;

    double rowLabelWidth = 0;
    for (String r : map.rows()) {
      rowLabelWidth = Math.max(rowLabelWidth, TextMetrics.width(r, LABEL_SIZE));
    }
    rowLabelWidth = Math.min(rowLabelWidth, 220);
    double left = Frame.PAD + 24 + rowLabelWidth + 8;
    double available = Frame.WIDTH - Frame.PAD - left;
    double cell = Math.max(12, Math.min(64, available / map.columns().size()));
    double cellHeight = Math.max(18, Math.min(48, cell));
    double columnLabelWidth = 0;
    for (String c : map.columns()) {
      columnLabelWidth = Math.max(columnLabelWidth, TextMetrics.width(c, LABEL_SIZE));
    }
    int every = (int) Math.max(1, Math.ceil((columnLabelWidth + 6) / cell));
    double top = 8;
    double gridTop = top + 18 + 22;
    double gridWidth = cell * map.columns().size();
    double gridBottom = gridTop + cellHeight * map.rows().size();

    svg.text(left + gridWidth / 2, top + 12, "axis-label", "middle", map.columnAxisLabel());
    for (int ci = 0; ci < map.columns().size(); ci += every) {
      svg.text(left + ci * cell + cell / 2, gridTop - 6, "tick", "middle", map.columns().get(ci));
    }
    Axes.verticalTitle(svg, map.rowAxisLabel(), Frame.PAD + 8, gridTop, gridBottom);
    for (int ri = 0; ri < map.rows().size(); ri++) {
      String row = map.rows().get(ri);
      double y = gridTop + ri * cellHeight;
      svg.text(left - 6, y + cellHeight / 2 + 4, "tick", "end", row);
      for (int ci = 0; ci < map.columns().size(); ci++) {
        double x = left + ci * cell;
        HeatCell c = byKey.get(key(row, map.columns().get(ci)));
        if (c == null) {
          svg.empty("rect", "class", "cell-empty", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(cell),
              "height", Svg.num(cellHeight));
          continue;
        }
        int k = categorical == null ? colourClass(c.value(), scale, classWidth) : categorical.indexOf(c.text());
        String colour = categorical == null ? "h" + k : "fill s" + k;
        svg.open("rect", "class", "mark cell " + colour, "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(cell),
            "height", Svg.num(cellHeight));
        svg.element("title", map.rows().get(ri) + " · " + c.column() + ": "
            + (categorical == null ? format.format(c.value()) : categorical.categories().get(k).label()));
        svg.close("rect");
        String text = c.text().isEmpty() ? format.format(c.value()) : c.text();
        boolean dark = categorical != null || k >= 3;
        if (TextMetrics.width(text, TEXT_SIZE) + 4 <= cell && cellHeight >= 14) {
          svg.text(x + cell / 2, y + cellHeight / 2 + 4, dark ? "cell-text dark" : "cell-text", "middle", text);
        }
      }
    }
    double ly = gridBottom + 18;
    svg.text(left, ly + 12, "legend", "start", map.scale().label());
    double lx = left + TextMetrics.width(map.scale().label(), 13) + 14;
    if (categorical != null) {
      // legend: one swatch per category with its key and meaning, wrapped to the chart's width
      double x = lx;
      for (int k = 0; k < categorical.categories().size(); k++) {
        HeatCategory category = categorical.categories().get(k);
        String text = category.key() + " = " + category.label();
        double w = 22 + TextMetrics.width(text, 13) + 18;
        if (x + w > Frame.WIDTH - Frame.PAD && x > lx) {
          x = lx;
          ly += 22;
        }
        svg.empty("rect", "class", "swatch fill s" + k, "x", Svg.num(x), "y", Svg.num(ly), "width", "14",
            "height", "14");
        svg.text(x + 20, ly + 12, "legend", "start", text);
        x += w;
      }
      return Frame.compose("heatmap", Frame.WIDTH, map.text(), List.of(), new Frame.Body(svg.toString(), ly + 28));
    }
    // legend: the classes as a row of swatches with their bounds
    double sw = 56;
    for (int k = 0; k < HeatMap.CLASSES; k++) {
      svg.empty("rect", "class", "swatch h" + k, "x", Svg.num(lx + k * sw), "y", Svg.num(ly), "width", Svg.num(sw),
          "height", "14");
    }
    for (int k = 0; k <= HeatMap.CLASSES; k++) {
      svg.text(lx + k * sw, ly + 30, "tick", "middle", format.tick(scale.min() + k * classWidth, classWidth));
    }
    return Frame.compose("heatmap", Frame.WIDTH, map.text(), List.of(), new Frame.Body(svg.toString(), ly + 42));
  }

  private static int colourClass(double value, LinearScale scale, double classWidth) {
    int k = (int) Math.floor((value - scale.min()) / classWidth);
    return Math.max(0, Math.min(HeatMap.CLASSES - 1, k));
  }

  private static String key(String row, String column) {
    return row + '\u0000' + column;
  }
}
