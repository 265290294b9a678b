package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The course tour runs on its bundled data and teaches what its lessons promise. */
class CourseTourTest {

  private static String runTour() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CourseTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theIdentifyLessonFindsMergesAndExplainsTheDuplicatesOfTheSampleBase() {
    String tour = runTour();

    assertThat(tour).contains("=== Lesson 1: Identify (IDIC 1)")
        .contains("c-001 ~ c-002  score 0.990  because same name li wei, same email li.wei@example.com, same phone +8613800138000")
        .contains("c-003 ~ c-004  score 0.900")
        .contains("c-006 ~ c-007  score 0.900  because same name 张伟")
        .contains("not used for matching: c-009 PHONE")
        .contains("Customer c-002 was merged into c-001")
        .contains("After merging: 6 customers, 0 open duplicate candidates.");
  }

  @Test
  void theIdentifyLessonShowsIdicProgressAndTheBankingCase() {
    String tour = runTour();

    assertThat(tour).contains("IDIC progress of c-009")
        .contains("Identify      open (missing: no verified contact point)")
        .contains("value=<redacted>")
        .contains("being related is not consent")
        .doesNotContain("1,240.00");
  }

  @Test
  void theDifferentiateLessonStatesTheActualSplitOfTheCdnowLog() {
    String tour = runTour();

    assertThat(tour).contains("=== Lesson 2: Differentiate (IDIC 2)")
        .contains("CDNOW: 69,659 purchases by 23,570 customers")
        .contains("80% of the value comes from 32.6% of the customers")
        .contains("Pyramid (by rank: key top 1%")
        .contains("RFM segments as of 1998-07-01: {")
        .contains("a USD 40 a year regular is worth USD 162.64");
  }

  @Test
  void thePersonalityLessonClassifiesFourCustomersOfTheSampleBaseAndLeavesTheFifthUndecided() {
    String tour = runTour();

    assertThat(tour).contains("=== Lesson 3: Personality styles (IDIC 2) and Customize (IDIC 4)")
        .contains("c-001 Li Wei").contains("Analytical")
        .contains("c-005 Acme Trading Co.").contains("Expressive")
        .contains("undecided (2 cues, at least 3 needed)")
        .contains("Treatment plan for c-005")
        .contains("resolve the open complaint before any sales talk")
        .contains("let them vent first, then recognise them personally");
  }

  @Test
  void theSatisfactionLessonShowsTheGapTableWhatToFixFirstAndAnOverPromise() {
    String tour = runTour();

    assertThat(tour).contains("=== Lesson 4: Satisfaction (IDIC 3, Interact)")
        .contains("overall (importance-weighted gap -1.29): DISSATISFIED")
        .contains("fix first: Responsiveness, Integrity")
        .contains("NPS 8.3 (12 answers)")
        .contains("do not promise \"You'll have our answer tomorrow\": TOO_HIGH")
        .contains("do not promise \"Pop in on Sunday to sign\": MISTAKEN")
        .contains("a satisfied one-off buyer: MERCENARY")
        .contains(": HOSTAGE, INERTIA");
  }

  @Test
  void theComplaintLessonWalksOneComplaintWithGuardsHistorySlaAndDiagram() {
    String tour = runTour();

    assertThat(tour).contains("=== Lesson 5: Complaint handling (IDIC 3, Interact)")
        .contains("refused by rule no-admission-before-facts")
        .contains("refused by rule follow-up-before-close")
        .contains("#12 2026-03-02T12:25:00Z COMPROMISE by em-mei")
        .contains("Replaying the events rebuilds the same complaint: true")
        .contains("first response 25 min MET, resolution 6 h MET")
        .contains("responsiveness 4.0 of 5")
        .contains("about 540 dissatisfied customers")
        .contains("stateDiagram-v2");
  }

  @Test
  void theStorageLessonRefusesTheStaleSaveKeepsTheHistoryAndForgetsTheCustomer() {
    String tour = runTour();

    assertThat(tour).contains("=== Lesson 6: Host-owned storage")
        .contains("Ben's save is refused, nothing is overwritten: Customer c-001: expected version 1 but the stored "
            + "version is 2; reload and retry")
        .contains("Ben reloads, sees \"teacher\" and adds what he knew: version 3.")
        .contains("still holds 2 events, state ACKNOWLEDGED")
        .contains("value=<redacted>")
        .doesNotContain("EUR 182,000")
        .contains("Name now \"[erased]\", facts 0, contact points 0; kept for the figures: 1 order(s) worth EUR 18400.00")
        .contains("c-001 reads as ANALYTICAL")
        .contains("style profile stored: false.")
        .contains("customerErased=true, complaintsErased=1, styleProfileErased=true}");
  }

  @Test
  void theTourPrintsTheSameEveryTimeBecauseItsClockIsFixed() {
    assertThat(runTour()).isEqualTo(runTour());
  }
}
