package io.crmkit.examples.tour;

import io.crmkit.examples.report.ReportSection;
import java.util.regex.Pattern;

/**
 * One lesson of the course tour: a CRM concept of the course material shown on real data, as a
 * section of the course report (and, rendered from the same section, as console text).
 *
 * <p>The tour writes the frame of every lesson from the lesson's own bundle ({@code title}, {@code
 * goal}, {@code concept}, {@code question}); the lesson adds its blocks (paragraphs, tables, charts
 * from the data) and its takeaway, computed from the data. See the package documentation for how to
 * write one.
 */
interface Lesson {
  /** What a lesson name looks like: lower-case words joined by hyphens ({@code personality-styles}). */
  Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** The kebab-case name a teacher passes to {@code --lesson}; also the section's anchor. */
  String name();

  /**
   * Adds the lesson's blocks to {@code section}, in reading order, with texts from {@code text}, and
   * sets the takeaway computed from the data ({@link ReportSection.Builder#takeaway(String)}).
   */
  void teach(LessonText text, ReportSection.Builder section);
}
