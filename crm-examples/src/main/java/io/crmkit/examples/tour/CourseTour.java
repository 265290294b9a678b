package io.crmkit.examples.tour;

import io.crmkit.examples.report.HtmlReport;
import io.crmkit.examples.report.ReportLabels;
import io.crmkit.examples.report.ReportSection;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The crmkit course tour: one lesson per CRM concept of the course material, each run on data
 * bundled in the jar with a fixed clock, so every run shows the same. It prints the lessons as plain
 * console text (at most 100 columns, no escape codes) and writes the whole course as one HTML report
 * with charts. Run it with {@code java -jar crm-examples/target/crmkit-tour.jar [options]}:
 *
 * <pre>
 *   --list            the lessons, one line each
 *   --lesson NAME     only that lesson (in the console and in the report)
 *   --lang en|zh-CN   the language (default: the JVM's locale; Chinese for zh, English otherwise)
 *   --out FILE        where to write the HTML report (default: crmkit-course-report-LANG.html)
 * </pre>
 *
 * Exit code 0 on success, 2 for a wrong command line (with a message saying what is allowed).
 */
public final class CourseTour {
  /** The tour's "now": Monday 2 March 2026, 09:00 UTC. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  /** Exit code of a wrong command line. */
  static final int USAGE = 2;

  private CourseTour() {}

  /**
   * The lessons in course order. A new lesson is registered here, one line, at its place in IDIC
   * order.
   */
  static List<Lesson> lessons() {
    return List.of(
        new IdentifyLesson(CLOCK),
        new DifferentiateLesson(),
        new PersonalityLesson(CLOCK),
        new InteractLesson(CLOCK),
        new InteractionDesignLesson(CLOCK),
        new SatisfactionLesson(),
        new ComplaintLesson(CLOCK),
        new StorageLesson(CLOCK),
        new ClvLesson(),
        new RelationshipStagesLesson(CLOCK),
        // The material's cases and exercises, after the concept lessons.
        new DifficultCustomersLesson(CLOCK),
        new ComplaintCasesLesson(CLOCK),
        new AccountManagerLesson(CLOCK),
        new QuizLesson(CLOCK));
  }

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command line, writing to {@code out} and {@code err}; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Locale locale = defaultLanguage(Locale.getDefault());
    Optional<String> only = Optional.empty();
    Path file = null;
    boolean list = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--list" -> list = true;
        case "--help", "-h" -> {
          out.print(LessonText.of(CourseTour.class, locale).text("usage"));
          return 0;
        }
        case "--lang", "--lesson", "--out" -> {
          if (i + 1 >= args.length) {
            err.println(LessonText.of(CourseTour.class, locale).text("error.value", arg));
            return USAGE;
          }
          String value = args[++i];
          if (arg.equals("--lang")) {
            Optional<Locale> parsed = language(value);
            if (parsed.isEmpty()) {
              err.println(LessonText.of(CourseTour.class, locale).text("error.lang", value));
              return USAGE;
            }
            locale = parsed.get();
          } else if (arg.equals("--lesson")) {
            only = Optional.of(value);
          } else {
            file = Path.of(value);
          }
        }
        default -> {
          err.println(LessonText.of(CourseTour.class, locale).text("error.option", arg));
          return USAGE;
        }
      }
    }
    LessonText tour = LessonText.of(CourseTour.class, locale);
    List<Lesson> lessons = lessons();
    if (only.isPresent()) {
      String name = only.get();
      List<Lesson> chosen = lessons.stream().filter(l -> l.name().equals(name)).toList();
      if (chosen.isEmpty()) {
        err.println(tour.text("error.lesson", name, String.join(", ", lessons.stream().map(Lesson::name).toList())));
        return USAGE;
      }
      lessons = chosen;
    }
    if (list) {
      int number = 1;
      for (Lesson lesson : lessons()) {
        out.println(PlainText.truncate(String.format(Locale.ROOT, "%2d  %-16s ", number++, lesson.name())
            + title(lesson, locale), PlainText.WIDTH));
      }
      return 0;
    }
    Path target = file != null ? file : Path.of("crmkit-course-report-" + locale.toLanguageTag() + ".html");
    HtmlReport report = teach(lessons, locale, out);
    Path written = report.writeTo(target);
    out.println();
    out.println(tour.text("written", written.toAbsolutePath().normalize()));
    return 0;
  }

  /** Runs every lesson in English and prints them, without writing the report. */
  static void run(PrintStream out) {
    teach(lessons(), Locale.ENGLISH, out);
  }

  /** The whole course report in {@code locale}, without printing anything. */
  static HtmlReport report(Locale locale) {
    return teach(lessons(), locale, new PrintStream(java.io.OutputStream.nullOutputStream(), true,
        java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Prints {@code lessons} in {@code locale} to {@code out} and returns the report of the same sections. */
  static HtmlReport teach(List<Lesson> lessons, Locale locale, PrintStream out) {
    LessonText tour = LessonText.of(CourseTour.class, locale);
    ReportLabels labels = labels(tour);
    out.println(tour.text("title"));
    out.print(plain(tour.text("intro")));
    List<ReportSection> sections = new ArrayList<>();
    int number = 1;
    for (Lesson lesson : lessons) {
      out.println();
      ReportSection section = section(lesson, locale);
      sections.add(section);
      out.print(PlainText.render(tour.text("heading", number++, section.title()), section, labels, PlainText.WIDTH));
    }
    return new HtmlReport(locale.toLanguageTag(), tour.text("title"), List.of(tour.text("intro")), sections, labels);
  }

  /**
   * The report section of one lesson: its title, learning goal and seed concept from its bundle, its
   * own blocks and computed takeaway, then the discussion question from its bundle.
   *
   * @throws IllegalStateException when the lesson set no takeaway
   */
  static ReportSection section(Lesson lesson, Locale locale) {
    LessonText tour = LessonText.of(CourseTour.class, locale);
    LessonText text = LessonText.of(lesson.getClass(), locale);
    ReportSection.Builder builder = ReportSection.builder(lesson.name(), text.text("title"))
        .paragraph(tour.text("label.goal"), text.text("goal"))
        .paragraph(tour.text("label.concept"), text.text("concept"));
    lesson.teach(text, builder);
    ReportSection section = builder.question(text.text("question")).build();
    if (section.takeaway().isBlank()) {
      throw new IllegalStateException("lesson " + lesson.name() + " computed no takeaway");
    }
    return section;
  }

  /** The fixed words of the report in the tour's language. */
  static ReportLabels labels(LessonText tour) {
    return new ReportLabels(tour.text("label.contents"), tour.text("label.takeaway"), tour.text("label.question"));
  }

  private static String title(Lesson lesson, Locale locale) {
    return LessonText.of(lesson.getClass(), locale).text("title");
  }

  private static String plain(String text) {
    StringBuilder out = new StringBuilder();
    PlainText.wrap(out, text, "", PlainText.WIDTH);
    return out.toString();
  }

  /** {@code en} or {@code zh-CN} (also {@code zh_CN}, any case); empty for anything else. */
  static Optional<Locale> language(String tag) {
    String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    if (t.equals("en")) {
      return Optional.of(Locale.ENGLISH);
    }
    if (t.equals("zh-cn")) {
      return Optional.of(Locale.SIMPLIFIED_CHINESE);
    }
    return Optional.empty();
  }

  /** The tour's language for a JVM locale: Simplified Chinese for any Chinese locale, English otherwise. */
  static Locale defaultLanguage(Locale jvm) {
    return jvm.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }
}
