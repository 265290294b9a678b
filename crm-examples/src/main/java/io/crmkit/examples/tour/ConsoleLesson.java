package io.crmkit.examples.tour;

import java.io.PrintStream;

/** A lesson still in the first tour's form: English console text only. Being replaced by {@link Lesson}. */
interface ConsoleLesson {
  /** The lesson's title, with its IDIC stage. */
  String title();

  /** Runs the lesson, writing what a student should see. */
  void run(PrintStream out);
}
