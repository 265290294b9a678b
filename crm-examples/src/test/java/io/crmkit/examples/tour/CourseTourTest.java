package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.examples.report.ReportSection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The course tour runs on its bundled data, teaches what its lessons promise, and its lessons agree. */
class CourseTourTest {
  private static final Pattern CUSTOMER_ID = Pattern.compile("\\bc-\\d{3}\\b");

  private static String runTour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CourseTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theIdentifyLessonFindsMergesAndExplainsTheDuplicatesOfTheSampleBase() {
    String lesson = Lessons.english(new IdentifyLesson(CourseTour.CLOCK));

    assertThat(lesson).contains("c-001 ~ c-002  0.990  same name, same email, same phone")
        .contains("c-003 ~ c-004  0.900").contains("c-006 ~ c-007  0.900  same name")
        .contains("Not used for matching: c-009 Phone")
        .contains("After merging: 6 customers, 0 open duplicate candidates.")
        .contains("value=<redacted>").contains("being related is not consent").doesNotContain("1,240.00")
        .contains("EMAIL:l***@example.com").contains("PHONE:+86*********00")
        .doesNotContain("li.wei@example.com").doesNotContain("+8613800138000").doesNotContain("info@acme.example");
  }

  @Test
  void customizeIsDoneOnlyForCustomersWithATreatmentPlan() {
    String lesson = Lessons.english(new IdentifyLesson(CourseTour.CLOCK));

    // the personality lesson's notes decide the styles of c-001, c-003, c-005 and c-008: they have plans
    // Interact reads the interact lesson's log: c-001's broken promise, c-003's overdue contact and
    // c-008's overdue promise keep their Interact step open, as that lesson says
    assertThat(lesson).containsPattern("c-001 +done +done +to do +done +Interact")
        .containsPattern("c-003 +done +done +to do +done +Interact")
        .containsPattern("c-008 +done +done +to do +done +Interact")
        .containsPattern("c-005 +done +done +done +done +-")
        .containsPattern("c-006 +done +to do +to do +to do +Differentiate")
        .containsPattern("c-009 +to do +to do +to do +to do +Identify");
    assertThat(Lessons.section(new IdentifyLesson(CourseTour.CLOCK), Locale.ENGLISH).takeaway())
        .isEqualTo("9 records hold 3 duplicate pairs, so the base has 6 customers; 1 of them have every IDIC stage "
            + "done, and 4 have a treatment plan.");
  }

  @Test
  void everyCustomerIdALessonNamesIsACustomerOfTheSampleBase() {
    Set<String> base = SampleCustomers.load().stream().map(c -> c.id().toString()).collect(Collectors.toSet());
    Set<String> named = new TreeSet<>();
    for (Lesson lesson : List.of(new IdentifyLesson(CourseTour.CLOCK), new PersonalityLesson(CourseTour.CLOCK),
        new ComplaintLesson(CourseTour.CLOCK), new StorageLesson(CourseTour.CLOCK))) {
      Matcher m = CUSTOMER_ID.matcher(Lessons.english(lesson).replaceAll("c-20[12]", ""));
      while (m.find()) {
        named.add(m.group());
      }
    }
    assertThat(base).containsAll(named);
  }

  @Test
  void theKeyCustomersPlanComplaintAndNameAgreeAcrossLessons() {
    Customer key = SampleCustomers.load().stream().filter(c -> c.id().equals(PersonalityLesson.KEY_CUSTOMER))
        .findFirst().orElseThrow();
    String personality = Lessons.english(new PersonalityLesson(CourseTour.CLOCK));
    String complaint = Lessons.english(new ComplaintLesson(CourseTour.CLOCK));

    assertThat(personality).contains("Treatment plan for " + key.id())
        .contains(key.id() + " " + io.crmkit.core.customer.RedactedCustomer.maskName(key.displayName())
            + " (Important, normal cooperation, style Expressive)").doesNotContain(key.displayName());
    assertThat(complaint).contains("The buyer of " + key.id() + ",").doesNotContain(key.displayName());
    assertThat(PersonalityLesson.plans(SampleCustomers.load(), CourseTour.CLOCK).get(key.id()).customer())
        .isEqualTo(key.id());
  }

  @Test
  void theDifferentiateLessonStatesTheActualSplitOfTheCdnowLog() {
    ReportSection section = Lessons.section(new DifferentiateLesson(), Locale.ENGLISH);
    String lesson = Lessons.text(section, Locale.ENGLISH);

    assertThat(lesson).contains("CDNOW: 69,659 purchases by 23,570 customers")
        .contains("a USD 40 a year regular is worth USD 162.64");
    assertThat(section.takeaway()).startsWith("80% of the value comes from 32.6% of the customers, not 20%");
    assertThat(section.charts()).extracting(c -> c.text().title()).containsExactly(
        "Revenue concentration (Lorenz curve)",
        "Customer pyramid (by rank: key top 1%, major next 4%, ordinary next 15%)",
        "RFM grid: customers by recency and frequency score as of 1998-07-01");
  }

  @Test
  void theSatisfactionLessonShowsTheGapsWhatToFixFirstAndAnOverPromise() {
    String lesson = Lessons.english(new SatisfactionLesson());

    assertThat(lesson).contains("Fix first: Timely response, Integrity (do what we say)")
        .contains("NPS 8.3 (n=12)")
        .containsPattern("You'll have our answer tomorrow +Expectation too high +High")
        .containsPattern("Pop in on Sunday to sign +Mistaken expectation +High")
        .containsPattern("You'll have our answer within a week +safe")
        .contains("a satisfied one-off buyer is a Mercenary")
        .contains("is a Hostage, held by Inertia loyalty");
  }

  @Test
  void theComplaintLessonWalksOneComplaintWithGuardsHistorySlaAndDiagram() {
    ReportSection section = Lessons.section(new ComplaintLesson(CourseTour.CLOCK), Locale.ENGLISH);
    String lesson = Lessons.text(section, Locale.ENGLISH);

    assertThat(lesson).contains("Admit the fault  -                     no-admission-before-facts")
        .contains("Close            -                     follow-up-before-close")
        .containsPattern("12 +2026-03-02 12:25:00 +Compromise +Remedy proposed +em-mei")
        .contains("Replaying the events rebuilds the same complaint.")
        .contains("First response  25 min of 4 h     Met")
        .contains("Resolution      6 h of 16 h       Met")
        .contains("responsiveness 4.0 of 5")
        .contains("about 540 dissatisfied customers");
    assertThat(section.charts()).singleElement().satisfies(c -> assertThat(c.toSvg()).contains("Remedy declined"));
  }

  @Test
  void theStorageLessonRefusesTheStaleSaveKeepsTheHistoryAndForgetsTheCustomer() {
    String lesson = Lessons.english(new StorageLesson(CourseTour.CLOCK));

    assertThat(lesson).contains("refused, nothing is overwritten: Customer c-001: expected version 1 but the stored "
            + "version is 2; reload and retry")
        .contains("he sees \"teacher\"; stored as version 3")
        .contains("CMP-2026-031 still holds 2 events, state Acknowledged")
        .contains("value=<redacted>").doesNotContain("EUR 182,000")
        .contains("Still stored under its id: no; kept for the figures under a random surrogate: 1 order(s) worth "
            + "EUR 18400.00")
        .contains("c-001 reads as Analytical, as in the personality lesson")
        .contains("customerErased=true, aliasesErased=0, complaintsErased=1, styleProfileErased=true, linksRemoved=0, interactionsErased=0}");
  }

  @Test
  void theTourPrintsEveryLessonInOrderAndTheSameEveryTimeBecauseItsClockIsFixed() {
    String tour = runTour();

    assertThat(tour).contains("=== Lesson 1: Identify (IDIC 1)").contains("=== Lesson 4: Interact")
        .contains("=== Lesson 9: Predicted customer value").contains("=== Lesson 14: ");
    assertThat(tour.indexOf("=== Lesson 8: ")).isLessThan(tour.indexOf("=== Lesson 9: "));
    assertThat(tour).isEqualTo(runTour());
  }
}
