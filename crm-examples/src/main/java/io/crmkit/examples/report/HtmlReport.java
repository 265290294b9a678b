package io.crmkit.examples.report;

import io.crmkit.core.validation.Require;
import io.crmkit.examples.report.chart.Markup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The course report as one self-contained HTML5 page: inline CSS and SVG, no script, nothing loaded
 * from the network, so it opens from disk on a classroom projector and prints on A4 with each section
 * on its own page. The markup is XHTML-compatible (every element closed, only XML entities), so it
 * also parses as XML.
 *
 * <p>Immutable and thread-safe.
 *
 * @param language the BCP 47 language tag of the text, e.g. {@code en} or {@code zh-CN}
 * @param title the page title and main heading
 * @param intro paragraphs under the heading
 * @param sections the sections, ids distinct
 * @param labels the fixed words of the page in its language
 */
public record HtmlReport(String language, String title, List<String> intro, List<ReportSection> sections,
    ReportLabels labels) {
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  /** The page's stylesheet (without charts' own styles, which each chart carries). */
  public static final String STYLESHEET = String.join("\n",
      ":root{color-scheme:light}",
      "body{margin:0 auto;max-width:1040px;padding:24px 32px;font-family:'Noto Sans CJK SC','Noto Sans SC',"
          + "'Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif;font-size:18px;line-height:1.55;"
          + "color:#1a1a1a;background:#fff}",
      "h1{font-size:2em;margin:0 0 .4em}h2{font-size:1.5em;margin:1.2em 0 .5em;border-bottom:2px solid #0072b2;"
          + "padding-bottom:.15em}h3{font-size:1.1em;margin:0 0 .3em}",
      "nav ol{columns:2;padding-left:1.4em}nav a{color:#0b4f8a}",
      "figure.chart{margin:1em 0;break-inside:avoid;page-break-inside:avoid}",
      "figure.chart svg{display:block;max-width:100%;height:auto}",
      "table{border-collapse:collapse;margin:1em 0;break-inside:avoid;page-break-inside:avoid;font-size:.9em}",
      "caption{text-align:left;font-weight:600;padding-bottom:.3em}",
      "th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left;vertical-align:top}",
      "th{background:#eef4fa}td.num{text-align:right;font-variant-numeric:tabular-nums}",
      ".takeaway{background:#fff7e0;border-left:6px solid #e69f00;padding:.5em .8em}",
      ".question{background:#eef7f2;border-left:6px solid #009e73;padding:.5em .8em;margin:1em 0}",
      ".question p{margin:0}",
      "@page{size:A4;margin:14mm}",
      "@media print{body{max-width:none;padding:0;font-size:11pt}nav{break-after:page;page-break-after:always}"
          + ".crm-section{break-before:page;page-break-before:always}"
          + ".crm-section:first-of-type{break-before:auto;page-break-before:auto}a{color:inherit}}");

  public HtmlReport {
    Require.notNull(language, "htmlReport.language");
    Require.that(LANGUAGE.matcher(language).matches(), "htmlReport.language", "must be a BCP 47 tag such as en "
        + "or zh-CN", language);
    Require.text(title, "htmlReport.title");
    Require.notNull(intro, "htmlReport.intro");
    intro.forEach(p -> Require.text(p, "htmlReport.intro[]"));
    Require.notNull(sections, "htmlReport.sections");
    sections.forEach(s -> Require.notNull(s, "htmlReport.sections[]"));
    Require.distinct(sections, ReportSection::id, "htmlReport.sections.id");
    Require.notNull(labels, "htmlReport.labels");
    intro = List.copyOf(intro);
    sections = List.copyOf(sections);
  }

  /** The whole page. */
  public String toHtml() {
    StringBuilder h = new StringBuilder(64 * 1024);
    String lang = Markup.escape(language);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
        .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(Markup.escape(title)).append("</title>\n")
        .append("<style>\n").append(STYLESHEET).append("\n</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(Markup.escape(title)).append("</h1>\n");
    for (String p : intro) {
      h.append("<p>").append(Markup.escape(p)).append("</p>\n");
    }
    h.append("</header>\n");
    if (!sections.isEmpty()) {
      h.append("<nav><h2>").append(Markup.escape(labels.contents())).append("</h2><ol>");
      for (ReportSection s : sections) {
        h.append("<li><a href=\"#").append(s.id()).append("\">").append(Markup.escape(s.title())).append("</a></li>");
      }
      h.append("</ol></nav>\n");
    }
    h.append("<main>\n");
    for (ReportSection s : sections) {
      h.append(s.toHtml(labels));
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /** Writes the page to {@code file} as UTF-8 (creating its directory) and returns the file. */
  public Path writeTo(Path file) {
    Require.notNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, toHtml(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the course report to " + file, e);
    }
  }
}
