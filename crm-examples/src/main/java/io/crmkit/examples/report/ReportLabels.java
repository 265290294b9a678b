package io.crmkit.examples.report;

import io.crmkit.core.validation.Require;

/**
 * The fixed words of the report page in its language: the table of contents heading, the lead-in
 * of the takeaway and the heading of the discussion question.
 *
 * <p>Immutable and thread-safe.
 */
public record ReportLabels(String contents, String takeaway, String question) {
  /** English. */
  public static final ReportLabels ENGLISH = new ReportLabels("Contents", "Takeaway", "Discussion");

  /** Simplified Chinese. */
  public static final ReportLabels SIMPLIFIED_CHINESE = new ReportLabels("目录", "要点", "讨论");

  public ReportLabels {
    Require.text(contents, "reportLabels.contents");
    Require.text(takeaway, "reportLabels.takeaway");
    Require.text(question, "reportLabels.question");
  }
}
