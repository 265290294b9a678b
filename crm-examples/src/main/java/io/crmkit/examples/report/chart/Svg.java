package io.crmkit.examples.report.chart;

import java.util.Locale;

/**
 * A small SVG writer: elements with attributes given as name/value pairs, every attribute value and
 * text escaped. Not thread-safe; one per chart being drawn.
 */
final class Svg {
  /** CJK fonts first, so Chinese labels never fall back to boxes where one of them is installed. */
  static final String FONTS = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC',"
      + "'Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

  /** The one stylesheet of all crmkit charts: identical in every chart, so repeating it on a page is harmless. */
  static final String STYLE = String.join("",
      ".crm-chart{font-family:", FONTS, ";font-size:14px}",
      ".crm-chart text{fill:#1a1a1a}",
      ".crm-chart .bg{fill:#fff}",
      ".crm-chart .title{font-size:18px;font-weight:700}",
      ".crm-chart .caption{font-size:14px;font-style:italic}",
      ".crm-chart .axis-label{font-size:13px;fill:#333}",
      ".crm-chart .tick{font-size:12px;fill:#444}",
      ".crm-chart .legend{font-size:13px}",
      ".crm-chart .no-data{font-size:16px;fill:#666}",
      ".crm-chart .grid{stroke:#e2e2e2;stroke-width:1}",
      ".crm-chart .axis{stroke:#555;stroke-width:1.2}",
      ".crm-chart .line{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}",
      ".crm-chart .line.s1{stroke-dasharray:8 4}",
      ".crm-chart .line.s2{stroke-dasharray:2 4}",
      ".crm-chart .line.s3{stroke-dasharray:10 3 2 3}",
      ".crm-chart .line.s0,.crm-chart .swatch-line.s0{stroke:#0072b2}",
      ".crm-chart .line.s1,.crm-chart .swatch-line.s1{stroke:#d55e00}",
      ".crm-chart .line.s2,.crm-chart .swatch-line.s2{stroke:#009e73}",
      ".crm-chart .line.s3,.crm-chart .swatch-line.s3{stroke:#cc79a7}",
      ".crm-chart .line.s4,.crm-chart .swatch-line.s4{stroke:#e69f00}",
      ".crm-chart .line.s5,.crm-chart .swatch-line.s5{stroke:#56b4e9}",
      ".crm-chart .swatch-line{stroke-width:3}",
      ".crm-chart .swatch-line.s1{stroke-dasharray:8 4}.crm-chart .swatch-line.s2{stroke-dasharray:2 4}",
      ".crm-chart .swatch-line.s3{stroke-dasharray:10 3 2 3}",
      ".crm-chart .fill.s0{fill:#0072b2}.crm-chart .fill.s1{fill:#d55e00}.crm-chart .fill.s2{fill:#009e73}",
      ".crm-chart .fill.s3{fill:#cc79a7}.crm-chart .fill.s4{fill:#e69f00}.crm-chart .fill.s5{fill:#56b4e9}",
      ".crm-chart .dot{stroke:#fff;stroke-width:1}",
      ".crm-chart .bar{stroke:#fff;stroke-width:1}",
      ".crm-chart .value{font-size:12px}",
      ".crm-chart .value.inside{fill:#fff}",
      ".crm-chart .annotation{fill:#fff;stroke:#1a1a1a;stroke-width:2}",
      ".crm-chart .annotation-label{font-size:13px;font-weight:600}",
      ".crm-chart .leader{stroke:#1a1a1a;stroke-width:1}",
      ".crm-chart .marker-line{stroke:#555;stroke-width:1.5;stroke-dasharray:5 4}",
      ".crm-chart .marker-label{font-size:12px;fill:#333}",
      ".crm-chart .h0{fill:#eff3ff}.crm-chart .h1{fill:#bdd7e7}.crm-chart .h2{fill:#6baed6}",
      ".crm-chart .h3{fill:#3182bd}.crm-chart .h4{fill:#08519c}",
      ".crm-chart .cell{stroke:#fff;stroke-width:1}",
      ".crm-chart .cell-empty{fill:#f7f7f7;stroke:#fff;stroke-width:1}",
      ".crm-chart .cell-text{font-size:12px}",
      ".crm-chart .cell-text.dark{fill:#fff}",
      ".crm-chart .zone{fill:#cfe3f3;stroke:#6a9fc8;stroke-width:1}",
      ".crm-chart .perception{stroke:#fff;stroke-width:1.5}",
      ".crm-chart .perception.below{fill:#d55e00}",
      ".crm-chart .perception.within{fill:#0072b2}",
      ".crm-chart .perception.above{fill:#009e73}",
      ".crm-chart .row-band{fill:#f6f6f6}",
      ".crm-chart .state{fill:#eef4fa;stroke:#0072b2;stroke-width:1.5}",
      ".crm-chart .state.start{fill:#dcecf7;stroke-width:2.5}",
      ".crm-chart .state-outline{fill:none;stroke:#0072b2;stroke-width:1}",
      ".crm-chart .state-label{font-size:13px;font-weight:600}",
      ".crm-chart .edge{fill:none;stroke:#555;stroke-width:1.3}",
      ".crm-chart .edge.back{stroke:#d55e00;stroke-dasharray:5 3}",
      ".crm-chart .edge-label{font-size:11px;fill:#333}",
      ".crm-chart .label-bg{fill:#fff;fill-opacity:0.85}",
      ".crm-chart .arrow{fill:#555}.crm-chart .arrow.back{fill:#d55e00}",
      ".crm-chart .initial{fill:#1a1a1a}");

  private final StringBuilder out = new StringBuilder(8_192);

  /** Opens {@code <name attrs...>}. */
  Svg open(String name, String... attrs) {
    tag(name, attrs);
    out.append('>');
    return this;
  }

  /** Writes an empty element {@code <name attrs.../>}. */
  Svg empty(String name, String... attrs) {
    tag(name, attrs);
    out.append("/>");
    return this;
  }

  /** Writes {@code <name attrs...>text</name>} with the text escaped. */
  Svg element(String name, String text, String... attrs) {
    open(name, attrs);
    out.append(Markup.escape(text));
    return close(name);
  }

  /** Writes a text element at x, y with a class and an anchor (start, middle, end). */
  Svg text(double x, double y, String cssClass, String anchor, String text) {
    return element("text", text, "x", num(x), "y", num(y), "class", cssClass, "text-anchor", anchor);
  }

  /** Closes {@code </name>}. */
  Svg close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** Appends markup that is already well-formed (written by another Svg). */
  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void tag(String name, String... attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs, got " + attrs.length);
    }
    out.append('<').append(name);
    for (int i = 0; i < attrs.length; i += 2) {
      out.append(' ').append(attrs[i]).append("=\"").append(Markup.escape(attrs[i + 1])).append('"');
    }
  }

  /** A coordinate with at most one decimal, point as decimal mark, no "-0". */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}
