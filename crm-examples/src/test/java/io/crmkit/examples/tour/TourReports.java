package io.crmkit.examples.tour;

import io.crmkit.examples.report.HtmlReport;
import java.util.Locale;

/** The tour's real course report, for tests outside the tour package (the browser test). */
public final class TourReports {
  private TourReports() {}

  /** The whole course report in {@code locale}, as {@code CourseTour} writes it. */
  public static HtmlReport report(Locale locale) {
    return CourseTour.report(locale);
  }

  /** How many lessons the tour has. */
  public static int lessonCount() {
    return CourseTour.lessons().size();
  }
}
