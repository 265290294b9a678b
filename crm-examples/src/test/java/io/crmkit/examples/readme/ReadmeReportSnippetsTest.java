package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.examples.report.HtmlReport;
import io.crmkit.examples.report.ReportLabels;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.chart.Axis;
import io.crmkit.examples.report.chart.Bar;
import io.crmkit.examples.report.chart.BarChart;
import io.crmkit.examples.report.chart.BarSeries;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.ValueFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course report's building blocks on a host's page (GUIDE.md, "Writing a lesson"), compiled and checked. */
class ReadmeReportSnippetsTest {

  @Test
  void aHostPutsThePyramidOnAPageOfItsOwn(@TempDir Path dir) throws Exception {
    // README: report-page
    BarChart pyramid = BarChart.horizontal(
        ChartText.of("Customer pyramid", "The top 1% of customers bring 33% of revenue."),
        "Tier", List.of("Top", "Big", "Medium", "Small"),
        Axis.of("Customers", ValueFormat.number()),
        List.of(BarSeries.of("Customers", List.of(
            new Bar("Top", 20, "20 customers, 33% of revenue"), Bar.of("Big", 80),
            Bar.of("Medium", 300), Bar.of("Small", 1600)))));

    ReportSection section = ReportSection.builder("pyramid", "Differentiate: the customer pyramid")
        .paragraph("Learning goal", "Tell the few customers who carry the business from the many.")
        .chart(pyramid)
        .takeaway("The top 1% of customers bring 33% of revenue.")
        .question("Which tier deserves a key-account manager?")
        .build();

    String svg = pyramid.toSvg();                              // inline SVG, for any page
    String fragment = section.toHtml(ReportLabels.ENGLISH);    // one <section>, for a host's page
    Path page = new HtmlReport("en", "Course report", List.of(), List.of(section), ReportLabels.ENGLISH)
        .writeTo(dir.resolve("report.html"));                  // a whole self-contained page
    // README: end

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("Customer pyramid");
    assertThat(fragment).startsWith("<section class=\"crm-section\" id=\"pyramid\">").contains(svg);
    assertThat(Files.readString(page)).contains("<meta charset=\"utf-8\"/>", fragment);
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeReportSnippetsTest")).isEqualTo(1);
  }
}
