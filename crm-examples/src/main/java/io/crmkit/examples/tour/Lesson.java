package io.crmkit.examples.tour;

import java.io.PrintStream;

/** One lesson of the course tour: a CRM concept shown on the bundled sample data. */
interface Lesson {
  /** The lesson's title, with its IDIC stage. */
  String title();

  /** Runs the lesson, writing what a student should see. */
  void run(PrintStream out);
}
