package io.crmkit.examples.report;

import io.crmkit.core.validation.Require;
import io.crmkit.examples.report.chart.Chart;
import io.crmkit.examples.report.chart.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One section of the course report, usually one lesson: an id (the anchor), a title, its blocks in
 * reading order, the takeaway computed from the data and a discussion question or exercise from the
 * course material. {@link #toHtml(ReportLabels)} renders it alone, so a host can put it on a page of
 * its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the anchor, lower case letters, digits and hyphens, starting with a letter
 * @param title the heading
 * @param blocks paragraphs, tables and charts in reading order
 * @param takeaway the one-line lesson of the data; may be empty
 * @param question a discussion question or exercise; may be empty
 */
public record ReportSection(String id, String title, List<Block> blocks, String takeaway, String question) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern NUMERIC = Pattern.compile("[-+−]?[¥$€£]?[0-9][0-9,.]*\\s?[%‰]?");

  public ReportSection {
    Require.notNull(id, "reportSection.id");
    Require.that(ID.matcher(id).matches(), "reportSection.id",
        "must be lower case letters, digits and hyphens starting with a letter (at most 64)", id);
    Require.text(title, "reportSection.title");
    Require.notNull(blocks, "reportSection.blocks");
    blocks.forEach(b -> Require.notNull(b, "reportSection.blocks[]"));
    Require.notNull(takeaway, "reportSection.takeaway");
    Require.notNull(question, "reportSection.question");
    blocks = List.copyOf(blocks);
  }

  /** Starts a section with its anchor and heading. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** The charts of this section, in order. */
  public List<Chart> charts() {
    return blocks.stream().filter(Block.Figure.class::isInstance).map(b -> ((Block.Figure) b).chart()).toList();
  }

  /** The section as an XHTML-compatible {@code <section>} fragment with the report's fixed words. */
  public String toHtml(ReportLabels labels) {
    Require.notNull(labels, "labels");
    StringBuilder h = new StringBuilder(4_096);
    h.append("<section class=\"crm-section\" id=\"").append(id).append("\">\n");
    h.append("<h2>").append(Markup.escape(title)).append("</h2>\n");
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        h.append("<p>");
        if (!p.label().isBlank()) {
          h.append("<strong>").append(Markup.escape(p.label())).append(":</strong> ");
        }
        h.append(Markup.escape(p.text())).append("</p>\n");
      } else if (block instanceof ReportTable t) {
        table(h, t);
      } else if (block instanceof Block.Figure f) {
        h.append("<figure class=\"chart\">").append(f.chart().toSvg()).append("</figure>\n");
      }
    }
    if (!takeaway.isBlank()) {
      h.append("<p class=\"takeaway\"><strong>").append(Markup.escape(labels.takeaway())).append(":</strong> ")
          .append(Markup.escape(takeaway)).append("</p>\n");
    }
    if (!question.isBlank()) {
      h.append("<aside class=\"question\"><h3>").append(Markup.escape(labels.question())).append("</h3><p>")
          .append(Markup.escape(question)).append("</p></aside>\n");
    }
    h.append("</section>\n");
    return h.toString();
  }

  private static void table(StringBuilder h, ReportTable t) {
    h.append("<table>");
    if (!t.caption().isBlank()) {
      h.append("<caption>").append(Markup.escape(t.caption())).append("</caption>");
    }
    h.append("<thead><tr>");
    for (String c : t.columns()) {
      h.append("<th scope=\"col\">").append(Markup.escape(c)).append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      for (String cell : row) {
        h.append(NUMERIC.matcher(cell.strip()).matches() ? "<td class=\"num\">" : "<td>")
            .append(Markup.escape(cell)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  /** Collects the blocks of a section in reading order. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private String takeaway = "";
    private String question = "";

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /** Adds a paragraph. */
    public Builder paragraph(String text) {
      blocks.add(new Block.Paragraph("", text));
      return this;
    }

    /** Adds a paragraph led by a bold label, e.g. "Learning goal". */
    public Builder paragraph(String label, String text) {
      blocks.add(new Block.Paragraph(label, text));
      return this;
    }

    /** Adds a table. */
    public Builder table(ReportTable table) {
      blocks.add(Require.notNull(table, "table"));
      return this;
    }

    /** Adds a chart. */
    public Builder chart(Chart chart) {
      blocks.add(new Block.Figure(chart));
      return this;
    }

    /** Sets the takeaway. */
    public Builder takeaway(String text) {
      this.takeaway = Require.text(text, "takeaway");
      return this;
    }

    /** Sets the discussion question or exercise. */
    public Builder question(String text) {
      this.question = Require.text(text, "question");
      return this;
    }

    /** The section. */
    public ReportSection build() {
      return new ReportSection(id, title, blocks, takeaway, question);
    }
  }
}
