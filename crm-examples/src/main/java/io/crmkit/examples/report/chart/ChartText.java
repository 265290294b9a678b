package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * The words every chart carries: its title, the caption (the one-line takeaway the caller computes
 * from the data, or empty for none) and the message shown when there is nothing to draw, in the
 * language of the report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title what the chart shows, e.g. "Revenue concentration (Lorenz curve)"
 * @param caption the takeaway, e.g. "The top 20% of customers bring 64% of revenue"; may be empty
 * @param noData the message for empty data, e.g. "No data" or "暂无数据"
 */
public record ChartText(String title, String caption, String noData) {
  /** The message for empty data when none is given. */
  public static final String NO_DATA = "No data";

  public ChartText {
    Require.text(title, "chartText.title");
    Require.notNull(caption, "chartText.caption");
    Require.that(caption.length() <= Require.MAX_TEXT_LENGTH, "chartText.caption",
        "must be at most " + Require.MAX_TEXT_LENGTH + " characters", caption.length() + " characters");
    Require.text(noData, "chartText.noData");
  }

  /** A title and a takeaway, with the English "no data" message. */
  public static ChartText of(String title, String caption) {
    return new ChartText(title, caption, NO_DATA);
  }

  /** The same text with another "no data" message, e.g. in Chinese. */
  public ChartText withNoData(String message) {
    return new ChartText(title, caption, message);
  }
}
