package io.crmkit.examples.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every chart kind writes well-formed SVG with one mark per datum, escapes its labels, and draws a
 * "no data" message for empty data instead of failing.
 */
class ChartSvgTest {
  private static final String NASTY = "Tom <& \"Jerry\"> O'Brien";
  private static final ChartText TEXT = ChartText.of("Title " + NASTY, "Caption " + NASTY);

  private static Axis share(String label) {
    return Axis.of(label, ValueFormat.percent()).covering(0, 1);
  }

  @Test
  void aLorenzChartDrawsOneLinePerSeriesAndItsMarkedPoints() {
    LineChart chart = LineChart.of(TEXT, share("Customers (%)"), share("Revenue (%)"), List.of(
            LineSeries.line("Lorenz", List.of(Point.of(0, 0), Point.of(0.5, 0.1), Point.of(0.8, 0.3), Point.of(1, 1))),
            LineSeries.line("Equality", List.of(Point.of(0, 0), Point.of(1, 1)))))
        .withMark(PointMark.of(Point.of(0.8, 0.2), "80/20 " + NASTY))
        .withMark(PointMark.of(Point.of(0.8, 0.3), "Actual"));
    Document svg = Xml.parse(chart.toSvg());
    assertThat(Xml.countClass(svg, "line")).isEqualTo(2);
    assertThat(Xml.countClass(svg, "mark")).isEqualTo(2);
    assertThat(Xml.countClass(svg, "annotation")).isEqualTo(2);
    assertThat(Xml.texts(svg)).contains("80/20 " + NASTY, "Customers (%)", "Revenue (%)", "Lorenz", "Equality",
        "0%", "20%", "100%");
  }

  @Test
  void dottedSeriesDrawADotPerPointAndAMarkerLineItsLabel() {
    List<Point> weeks = new ArrayList<>();
    for (int w = 0; w <= 10; w++) {
      weeks.add(Point.of(w, w * 3.5));
    }
    LineChart chart = LineChart.of(TEXT, Axis.of("Week", ValueFormat.number()),
            Axis.of("Cumulative purchases", ValueFormat.number()), List.of(LineSeries.dotted("Actual", weeks)))
        .withMarkerLine(new MarkerLine(5, "End of calibration"));
    Document svg = Xml.parse(chart.toSvg());
    assertThat(Xml.countClass(svg, "dot")).isEqualTo(11);
    assertThat(Xml.countClass(svg, "marker-line")).isEqualTo(1);
    assertThat(Xml.texts(svg)).contains("End of calibration");
  }

  @Test
  void aSinglePointIsDrawnAsADot() {
    LineChart chart = LineChart.of(TEXT, Axis.of("x", ValueFormat.number()), Axis.of("y", ValueFormat.number()),
        List.of(LineSeries.line("one", List.of(Point.of(3, 7)))));
    Document svg = Xml.parse(chart.toSvg());
    assertThat(Xml.countClass(svg, "dot")).isEqualTo(1);
    assertThat(Xml.countClass(svg, "line")).isZero();
    assertThat(Xml.countClass(svg, "no-data")).isZero();
  }

  @Test
  void everyKindDrawsANoDataMessageForEmptyData() {
    ChartText text = ChartText.of("Empty", "").withNoData("暂无数据");
    List<Chart> empty = List.of(
        LineChart.of(text, Axis.of("x", ValueFormat.number()), Axis.of("y", ValueFormat.number()), List.of()),
        BarChart.horizontal(text, "Tier", List.of(), Axis.of("Customers", ValueFormat.number()), List.of()),
        new HeatMap(text, "R", "F", List.of("1"), List.of("1"), List.of(),
            HeatScale.sequential("Customers", ValueFormat.number())),
        new GapChart(text, Axis.of("Rating", ValueFormat.number()), List.of(), GapLegend.ENGLISH),
        StateDiagram.of(text, "START", List.of(), List.of()));
    for (Chart chart : empty) {
      Document svg = Xml.parse(chart.toSvg());
      assertThat(Xml.countClass(svg, "mark")).as(chart.getClass().getSimpleName()).isZero();
      assertThat(Xml.texts(svg)).as(chart.getClass().getSimpleName()).contains("暂无数据", "Empty");
    }
  }

  @Test
  void aPyramidDrawsABarPerTierWithItsOwnValueLabels() {
    List<String> tiers = List.of("Top", "Big", "Medium", "Small <&\"'>");
    BarChart chart = BarChart.horizontal(TEXT, "Tier", tiers, Axis.of("Customers", ValueFormat.number()),
        List.of(BarSeries.of("Customers", List.of(new Bar("Top", 20, "20 · 33% of revenue"), Bar.of("Big", 80),
            Bar.of("Medium", 300), new Bar("Small <&\"'>", 1600, "1,600 · 32%")))));
    Document svg = Xml.parse(chart.toSvg());
    assertThat(Xml.countClass(svg, "bar")).isEqualTo(4);
    assertThat(Xml.texts(svg)).contains("20 · 33% of revenue", "80", "300", "1,600 · 32%", "Small <&\"'>");
  }

  @Test
  void barsGrowWithTheirValue() {
    BarChart chart = BarChart.horizontal(TEXT, "Tier", List.of("a", "b"), Axis.of("n", ValueFormat.number()),
        List.of(BarSeries.of("n", List.of(Bar.of("a", 10), Bar.of("b", 40)))));
    NodeList bars = Xml.nodes(Xml.parse(chart.toSvg()), "//rect[contains(@class,'bar')]");
    double a = Double.parseDouble(((Element) bars.item(0)).getAttribute("width"));
    double b = Double.parseDouble(((Element) bars.item(1)).getAttribute("width"));
    assertThat(b).isCloseTo(4 * a, org.assertj.core.data.Percentage.withPercentage(1));
  }

  @Test
  void stackedAndGroupedVerticalBarsDrawEverySegment() {
    List<BarSeries> series = List.of(
        BarSeries.of("Last year", List.of(Bar.of("New", 290), Bar.of("Active", 700))),
        BarSeries.of("This year", List.of(Bar.of("New", 310), Bar.of("Active", 780), Bar.of("Lapsed", 330))));
    BarChart grouped = BarChart.vertical(TEXT, "Stage", List.of("New", "Active", "Lapsed"),
        Axis.of("Customers", ValueFormat.number()), series);
    assertThat(Xml.countClass(Xml.parse(grouped.toSvg()), "bar")).isEqualTo(5);
    Document stacked = Xml.parse(grouped.stacked().toSvg());
    assertThat(Xml.countClass(stacked, "bar")).isEqualTo(5);
    assertThat(Xml.texts(stacked)).contains("600", "1,480", "330"); // the totals
    Document horizontalStacked = Xml.parse(BarChart.horizontal(TEXT, "Stage", List.of("New", "Active", "Lapsed"),
        Axis.of("Customers", ValueFormat.number()), series).stacked().toSvg());
    assertThat(Xml.countClass(horizontalStacked, "bar")).isEqualTo(5);
  }

  @Test
  void aBarOfAnUnlistedCategoryIsRejectedNamingIt() {
    assertThatThrownBy(() -> BarChart.horizontal(TEXT, "Tier", List.of("Top"), Axis.of("n", ValueFormat.number()),
        List.of(BarSeries.of("n", List.of(Bar.of("Gold", 1)))))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("barChart.series.bars.category").hasMessageContaining("Gold");
  }

  @Test
  void aNegativeBarIsRejected() {
    assertThatThrownBy(() -> Bar.of("Top", -1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("bar.value");
  }

  @Test
  void anRfmGridDrawsACellPerCombinationAndShadesByValue() {
    List<HeatCell> cells = List.of(HeatCell.of("5", "1", 10), HeatCell.of("5", "2", 200), HeatCell.of("4", "1", 90));
    HeatMap map = new HeatMap(TEXT, "Recency", "Frequency", List.of("5", "4"), List.of("1", "2"), cells,
        HeatScale.sequential("Customers", ValueFormat.number()));
    Document svg = Xml.parse(map.toSvg());
    assertThat(Xml.countClass(svg, "cell")).isEqualTo(3);
    assertThat(Xml.countClass(svg, "cell-empty")).isEqualTo(1);
    assertThat(Xml.countClass(svg, "h0")).isGreaterThanOrEqualTo(2); // the 10 and its legend swatch
    assertThat(Xml.nodes(svg, "//rect[contains(@class,'cell ')][contains(@class,'h4')]").getLength()).isEqualTo(1);
  }

  @Test
  void aContactCalendarColoursCellsByTheirLetter() {
    HeatScale kinds = HeatScale.categorical("Contact", List.of(new HeatCategory("T", "Touch"),
        new HeatCategory("E", "E-mail"), new HeatCategory("M", "Meeting")));
    List<HeatCell> cells = List.of(new HeatCell(NASTY, "1", 1, "T"), new HeatCell(NASTY, "3", 1, "M"),
        new HeatCell("李华", "2", 1, "E"));
    HeatMap calendar = new HeatMap(TEXT, "Customer", "Day", List.of(NASTY, "李华"), List.of("1", "2", "3"), cells,
        kinds);
    Document svg = Xml.parse(calendar.toSvg());
    assertThat(Xml.countClass(svg, "mark")).isEqualTo(3);
    assertThat(Xml.texts(svg)).contains(NASTY, "李华", "T", "E", "M", "M = Meeting");
    assertThatThrownBy(() -> new HeatMap(TEXT, "Customer", "Day", List.of("a"), List.of("1"),
        List.of(new HeatCell("a", "1", 1, "X")), kinds)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("heatMap.cells.text");
  }

  @Test
  void aCellOutsideTheGridIsRejected() {
    assertThatThrownBy(() -> new HeatMap(TEXT, "R", "F", List.of("1"), List.of("1"), List.of(HeatCell.of("9", "1", 1)),
        HeatScale.sequential("n", ValueFormat.number()))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("heatMap.cells.row");
  }

  @Test
  void aGapChartDrawsAZoneAndADotPerDimensionColouredByStanding() {
    List<GapDimension> dims = List.of(new GapDimension("Reliability", 6, 8, 5.5),
        new GapDimension("Empathy " + NASTY, 5, 7, 6), new GapDimension("可靠性", 4, 6, 6.5));
    Document svg = Xml.parse(new GapChart(TEXT, Axis.of("Rating", ValueFormat.number()).covering(1, 9), dims,
        GapLegend.ENGLISH).toSvg());
    assertThat(Xml.countClass(svg, "zone")).isEqualTo(4); // three bands and the legend swatch
    assertThat(Xml.nodes(svg, "//circle[contains(@class,'mark')][contains(@class,'below')]").getLength()).isEqualTo(1);
    assertThat(Xml.nodes(svg, "//circle[contains(@class,'mark')][contains(@class,'within')]").getLength()).isEqualTo(1);
    assertThat(Xml.nodes(svg, "//circle[contains(@class,'mark')][contains(@class,'above')]").getLength()).isEqualTo(1);
    assertThat(Xml.texts(svg)).contains("5.5 (-0.5)", "6", "6.5 (+0.5)", "Empathy " + NASTY, "可靠性");
  }

  @Test
  void aToleranceZoneMustNotEndBelowItsStart() {
    assertThatThrownBy(() -> new GapDimension("Reliability", 8, 6, 7)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("gapDimension.desired");
  }

  @Test
  void theTitleAndCaptionAreEscapedAndParseBackUnchanged() {
    Document svg = Xml.parse(BarChart.horizontal(TEXT, "Tier", List.of("a"), Axis.of("n", ValueFormat.number()),
        List.of(BarSeries.of("n", List.of(Bar.of("a", 1))))).toSvg());
    assertThat(Xml.nodes(svg, "/svg/title").item(0).getTextContent()).isEqualTo("Title " + NASTY);
    assertThat(Xml.texts(svg)).contains("Title " + NASTY, "Caption " + NASTY);
  }

  @Test
  void aLongCaptionIsWrappedInsideTheChartWidth() {
    String caption = "The top twenty percent of customers bring sixty-eight percent of revenue, ".repeat(4);
    Document svg = Xml.parse(LineChart.of(ChartText.of("t", caption), Axis.of("x", ValueFormat.number()),
        Axis.of("y", ValueFormat.number()), List.of(LineSeries.line("s", List.of(Point.of(0, 0), Point.of(1, 1)))))
        .toSvg());
    NodeList lines = Xml.nodes(svg, "//text[@class='caption']");
    assertThat(lines.getLength()).isGreaterThan(1);
    for (int i = 0; i < lines.getLength(); i++) {
      assertThat(TextMetrics.width(lines.item(i).getTextContent(), 14)).isLessThanOrEqualTo(Frame.WIDTH - 2 * Frame.PAD);
    }
  }

  @Test
  void everyChartHasAFixedSizeAndAViewBox() {
    Element root = Xml.parse(LineChart.of(TEXT, Axis.of("x", ValueFormat.number()), Axis.of("y",
        ValueFormat.number()), List.of()).toSvg()).getDocumentElement();
    assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + root.getAttribute("width") + " "
        + root.getAttribute("height"));
    assertThat(Xml.nodes(root.getOwnerDocument(), "/svg/style").item(0).getTextContent())
        .contains("'Noto Sans CJK SC','Noto Sans SC'", "sans-serif");
  }

  @Test
  void seriesNamesMustBeDistinct() {
    List<Point> p = List.of(Point.of(0, 0));
    assertThatThrownBy(() -> LineChart.of(TEXT, Axis.of("x", ValueFormat.number()), Axis.of("y",
        ValueFormat.number()), List.of(LineSeries.line("a", p), LineSeries.line("a", p))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("lineChart.series.name");
  }
}
