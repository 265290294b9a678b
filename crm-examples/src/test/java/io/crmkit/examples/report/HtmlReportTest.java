package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.examples.report.chart.Xml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The report page: self-contained, escaped, XHTML-compatible, and each section renders alone. */
class HtmlReportTest {
  private static final String NASTY = "Tom <& \"Jerry\"> O'Brien";

  private static ReportSection section(String id) {
    return ReportSection.builder(id, "Pyramid of " + NASTY)
        .paragraph("Learning goal", "Tell " + NASTY + " from the rest.")
        .table(new ReportTable("Top", List.of("Customer", "Revenue"), List.of(List.of(NASTY, "$1,250"))))
        .takeaway("The top 1% bring 33%.")
        .question("Who would you call first?")
        .build();
  }

  @Test
  void thePageIsWellFormedSelfContainedAndDeclaresItsLanguageAndCharset() {
    SampleReport sample = new SampleReport(SampleReport.Lang.ZH);
    String html = sample.report().toHtml();
    Document page = Xml.parse(html);
    Element root = page.getDocumentElement();
    assertThat(root.getAttribute("lang")).isEqualTo("zh-CN");
    assertThat(Xml.nodes(page, "//meta[@charset='utf-8']").getLength()).isEqualTo(1);
    assertThat(Xml.nodes(page, "//script").getLength()).isZero();
    assertThat(Xml.nodes(page, "//link").getLength()).isZero();
    assertThat(Xml.nodes(page, "//img").getLength()).isZero();
    assertThat(html.replace("http://www.w3.org/", "")).doesNotContain("http://", "https://", "url(http");
    assertThat(Xml.nodes(page, "//svg").getLength()).isEqualTo(sample.charts().size());
    assertThat(html).contains("@page{size:A4", "break-before:page");
  }

  @Test
  void everyChartOfTheSampleDrawsOneMarkPerDatum() {
    for (SampleReport.Lang lang : SampleReport.Lang.values()) {
      for (var chart : new SampleReport(lang).charts()) {
        Document svg = Xml.parse(chart.toSvg());
        assertThat(Xml.countClass(svg, "mark")).as(chart.text().title()).isEqualTo(ExpectedMarks.of(chart));
      }
    }
  }

  @Test
  void aSectionRendersAloneAsAFragmentWithEverythingEscaped() {
    Document fragment = Xml.parse(section("pyramid").toHtml(ReportLabels.ENGLISH));
    Element root = fragment.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("section");
    assertThat(root.getAttribute("id")).isEqualTo("pyramid");
    assertThat(Xml.nodes(fragment, "//h2").item(0).getTextContent()).isEqualTo("Pyramid of " + NASTY);
    assertThat(Xml.nodes(fragment, "//td").item(0).getTextContent()).isEqualTo(NASTY);
    assertThat(((Element) Xml.nodes(fragment, "//td").item(1)).getAttribute("class")).isEqualTo("num");
    assertThat(Xml.nodes(fragment, "//p[@class='takeaway']").item(0).getTextContent())
        .isEqualTo("Takeaway: The top 1% bring 33%.");
    assertThat(Xml.nodes(fragment, "//aside[@class='question']/h3").item(0).getTextContent()).isEqualTo("Discussion");
  }

  @Test
  void theFixedWordsFollowTheReportLanguage() {
    Document fragment = Xml.parse(section("pyramid").toHtml(ReportLabels.SIMPLIFIED_CHINESE));
    assertThat(Xml.nodes(fragment, "//aside[@class='question']/h3").item(0).getTextContent()).isEqualTo("讨论");
  }

  @Test
  void theContentsLinkToEverySection() {
    HtmlReport report = new HtmlReport("en", "Course", List.of(), List.of(section("one"), section("two")),
        ReportLabels.ENGLISH);
    Document page = Xml.parse(report.toHtml());
    assertThat(Xml.nodes(page, "//nav//a[@href='#one']").getLength()).isEqualTo(1);
    assertThat(Xml.nodes(page, "//nav//a[@href='#two']").getLength()).isEqualTo(1);
    assertThat(Xml.nodes(page, "//section[@id='two']").getLength()).isEqualTo(1);
  }

  @Test
  void writesUtf8AndReturnsWhereItWrote(@TempDir Path dir) throws IOException {
    HtmlReport report = new HtmlReport("zh-CN", "课程报告", List.of("示例"), List.of(section("one")),
        ReportLabels.SIMPLIFIED_CHINESE);
    Path file = report.writeTo(dir.resolve("sub").resolve("report.html"));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("<title>课程报告</title>");
  }

  @Test
  void sectionIdsMustBeDistinct() {
    assertThatThrownBy(() -> new HtmlReport("en", "Course", List.of(), List.of(section("one"), section("one")),
        ReportLabels.ENGLISH)).isInstanceOf(InvalidValueException.class).hasMessageContaining("htmlReport.sections.id");
  }

  @Test
  void aSectionIdMustBeUsableAsAnAnchor() {
    assertThatThrownBy(() -> section("Top \"tier\"")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reportSection.id");
  }

  @Test
  void aTableRowMustHaveOneCellPerColumn() {
    assertThatThrownBy(() -> new ReportTable("t", List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("one cell per column");
  }

  @Test
  void theLanguageMustBeALanguageTag() {
    assertThatThrownBy(() -> new HtmlReport("en\" onload=\"x", "Course", List.of(), List.of(), ReportLabels.ENGLISH))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("htmlReport.language");
  }
}
