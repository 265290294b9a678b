package io.crmkit.examples.tour;

import io.crmkit.examples.report.ReportSection;
import java.util.Locale;

/** Test helpers: a lesson's section, and its text on unwrapped lines (tables as labelled rows or columns). */
final class Lessons {
  private Lessons() {}

  static ReportSection section(Lesson lesson, Locale locale) {
    return CourseTour.section(lesson, locale);
  }

  /** The section as console text without line wrapping, for assertions on whole sentences. */
  static String text(ReportSection section, Locale locale) {
    return PlainText.render(section.title(), section, CourseTour.labels(LessonText.of(CourseTour.class, locale)),
        100_000);
  }

  static String english(Lesson lesson) {
    return text(section(lesson, Locale.ENGLISH), Locale.ENGLISH);
  }

  static String chinese(Lesson lesson) {
    return text(section(lesson, Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE);
  }
}
