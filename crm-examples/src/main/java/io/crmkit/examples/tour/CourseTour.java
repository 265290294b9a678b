package io.crmkit.examples.tour;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The crmkit course tour: one lesson per CRM concept, each run on sample data bundled in the jar,
 * with a fixed clock so every run prints the same. Run it with
 * {@code java -jar crm-examples/target/crmkit-tour.jar}.
 */
public final class CourseTour {
  /** The tour's "now": Monday 2 March 2026, 09:00 UTC. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private CourseTour() {}

  /** The lessons in course order. */
  static List<Lesson> lessons() {
    return List.of(new IdentifyLesson(CLOCK), new DifferentiateLesson(), new PersonalityLesson(),
        new SatisfactionLesson(),
        new ComplaintLesson(CLOCK), new StorageLesson(CLOCK), new ClvLesson());
  }

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs every lesson, printing to {@code out}. */
  static void run(PrintStream out) {
    out.println("crmkit course tour: CRM methods as running code (IDIC: Identify, Differentiate, "
        + "Interact, Customize)");
    int number = 1;
    for (Lesson lesson : lessons()) {
      out.println();
      out.println("=== Lesson " + number++ + ": " + lesson.title() + " ===");
      lesson.run(out);
    }
  }
}
