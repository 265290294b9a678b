package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.customize.TreatmentPlan;
import io.crmkit.core.lifecycle.IllegalKeyAccountMoveException;
import io.crmkit.core.lifecycle.InterruptionAnalytics;
import io.crmkit.core.lifecycle.InterruptionCause;
import io.crmkit.core.lifecycle.InterruptionWarning;
import io.crmkit.core.lifecycle.InterruptionWarnings;
import io.crmkit.core.lifecycle.KeyAccount;
import io.crmkit.core.lifecycle.KeyAccountAction;
import io.crmkit.core.lifecycle.KeyAccountDiagrams;
import io.crmkit.core.lifecycle.KeyAccountRelationships;
import io.crmkit.core.lifecycle.KeyAccountStage;
import io.crmkit.core.lifecycle.KeyAccountStrategies;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageCohort;
import io.crmkit.core.lifecycle.StageFlow;
import io.crmkit.core.lifecycle.StageHistory;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.churn.AccountManagerWarning;
import io.crmkit.scoring.churn.ChurnKind;
import io.crmkit.scoring.churn.ProductActivity;
import io.crmkit.scoring.churn.ProductChurn;
import io.crmkit.scoring.churn.ProductChurnAnalysis;
import io.crmkit.scoring.churn.ProductChurnPolicy;
import io.crmkit.scoring.lifecycle.LifecycleAssessment;
import io.crmkit.scoring.lifecycle.LifecycleInference;
import io.crmkit.scoring.lifecycle.LifecyclePolicy;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of the guide's relationship-stages section (crm-examples/GUIDE.md), compiled and checked. */
class ReadmeStagesSnippetsTest {

  private static Path cdnowSample(Path dir) throws Exception {
    Path file = dir.resolve("CDNOW_sample.txt");
    try (InputStream in = ReadmeStagesSnippetsTest.class
        .getResourceAsStream("/io/crmkit/examples/tour/cdnow/CDNOW_sample.txt")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void inferTheLifecycleFromTransactions(@TempDir Path dir) throws Exception {
    Path file = cdnowSample(dir);
    // README: lifecycle
    TransactionLog log = TransactionReader.read(file, TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
    LifecycleInference inference = LifecycleInference.of(LifecyclePolicy.DEFAULTS); // quarters
    LifecycleAssessment end = inference.assess(log, LocalDate.of(1997, 9, 30));
    end.byStage();      // {EXPLORATION=0, GROWTH=108, MATURITY=39, DECLINE=2016}
    end.undecided();    // 194: no rule decides, and none is guessed
    end.of("00564").orElseThrow().describe();
    // "spend up 157% over the last two quarters (67.85 -> 174.25), 7 purchases in 91 days: growth (rising-spend)"

    List<LocalDate> monthEnds = new ArrayList<>();
    for (int month = 1; month <= 9; month++) {
      monthEnds.add(YearMonth.of(1997, month).atEndOfMonth());        // from the cohort's first month
    }
    List<StageHistory> histories = inference.histories(log, monthEnds);   // dated changes, never rewritten
    List<StageFlow> intoDecline = StageCohort.into(
        StageCohort.flows(histories, LocalDate.of(1997, 6, 30), LocalDate.of(1997, 9, 30)), LifecycleStage.DECLINE);
    // [EXPLORATION -> DECLINE: 1906, GROWTH -> DECLINE: 168]
    // README: end
    assertThat(end.byStage()).containsEntry(LifecycleStage.GROWTH, 108).containsEntry(LifecycleStage.MATURITY, 39)
        .containsEntry(LifecycleStage.DECLINE, 2016).containsEntry(LifecycleStage.EXPLORATION, 0);
    assertThat(end.undecided()).isEqualTo(194);
    assertThat(end.of("00564").orElseThrow().describe()).isEqualTo("spend up 157% over the last two quarters "
        + "(67.85 -> 174.25), 7 purchases in 91 days: growth (rising-spend)");
    assertThat(intoDecline).extracting(StageFlow::describe)
        .containsExactly("EXPLORATION -> DECLINE: 1906", "GROWTH -> DECLINE: 168");
    assertThat(StageCohort.countsOn(histories, LocalDate.of(1997, 9, 30)).total()).isEqualTo(2357);
  }

  @Test
  void followAKeyAccountThroughItsStages() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    // README: key-account
    KeyAccountRelationships relationships = KeyAccountRelationships.on(clock);
    KeyAccount acme = relationships.open(CustomerId.of("c-005"), 1, "met the purchasing head at the fair");
    acme = relationships.apply(acme, new KeyAccountAction.AssignManager(EmployeeId.of("em-chen")), "senior manager");
    acme = relationships.apply(acme, new KeyAccountAction.StartCooperation(), "first contract");
    acme = relationships.apply(acme, new KeyAccountAction.Deepen(), "monthly orders, three lines");

    // Before anything breaks: the single contact person is an interruption warning ...
    List<InterruptionWarning> warnings = InterruptionWarnings.of(acme,
        Set.of(RelationshipRisk.SINGLE_CONTACT_PERSON), clock.instant());   // [SINGLE_CONTACT_RELIANCE]
    // ... and the playbook puts it before the middle stage's strategies, each with its reason.
    TreatmentPlan plan = KeyAccountStrategies.playbook().recommend(
        KeyAccountStrategies.situation(acme, Set.of(RelationshipRisk.SINGLE_CONTACT_PERSON)).build());

    acme = relationships.apply(acme, new KeyAccountAction.Interrupt(
        Set.of(InterruptionCause.NEW_CONTACT_REJECTS_PRODUCT)), "the new purchasing head went elsewhere");
    acme = relationships.apply(acme, new KeyAccountAction.Resume(), "orders return after a joint review");
    acme.stage();                                          // MIDDLE again
    InterruptionAnalytics.of(List.of(acme)).byKind();      // {INTERNAL=1}
    String mermaid = KeyAccountDiagrams.mermaid();         // drawn from the table the engine runs on
    // README: end
    assertThat(warnings).extracting(InterruptionWarning::cause)
        .containsExactly(InterruptionCause.SINGLE_CONTACT_RELIANCE);
    assertThat(plan.recommendations().get(0).rule()).isEqualTo("interruption-warning-single-contact");
    assertThat(plan.recommendations()).extracting(r -> r.rule()).contains("key-account-middle-service-meetings");
    assertThat(acme.stage()).isEqualTo(KeyAccountStage.MIDDLE);
    assertThat(InterruptionAnalytics.of(List.of(acme)).byKind()).containsOnlyKeys(io.crmkit.core.lifecycle.CauseKind.INTERNAL);
    assertThat(mermaid).contains("MIDDLE --> INTERRUPTED: INTERRUPT", "INTERRUPTED --> MIDDLE: RESUME");
  }

  @Test
  void anIllegalMoveAndAnImpossibleWindowAreRefused() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    KeyAccountRelationships relationships = KeyAccountRelationships.on(clock);
    KeyAccount prospect = relationships.open(CustomerId.of("c-005"), 2, "first visit");
    // README: refusals
    // IllegalKeyAccountMoveException: Key account c-005 is GESTATION: BECOME_PARTNERS is not allowed;
    // allowed are [START_COOPERATION, INTERRUPT, ASSIGN_MANAGER, CHANGE_CONTACTS]
    // InvalidValueException: lifecyclePolicy.windowDays must be positive, was -91
    // README: end
    assertThatThrownBy(() -> relationships.apply(prospect, new KeyAccountAction.BecomePartners(), "too soon"))
        .isInstanceOf(IllegalKeyAccountMoveException.class).hasMessage("Key account c-005 is GESTATION: "
            + "BECOME_PARTNERS is not allowed; allowed are [START_COOPERATION, INTERRUPT, ASSIGN_MANAGER, CHANGE_CONTACTS]");
    assertThatThrownBy(() -> LifecyclePolicy.DEFAULTS.withWindowDays(-91)).isInstanceOf(InvalidValueException.class)
        .hasMessage("lifecyclePolicy.windowDays must be positive, was -91");
  }

  @Test
  void tellFullFromPartialChurn() {
    LocalDate today = LocalDate.of(2026, 3, 2);
    CustomerId acme = CustomerId.of("c-005");
    // README: churn
    List<ProductActivity> use = List.of(
        new ProductActivity(acme, "logistics", today.minusDays(6)),
        new ProductActivity(acme, "printing", today.minusDays(150)),        // unused for 150 days
        new ProductActivity(CustomerId.of("c-003"), "printing", today.minusDays(120)));
    ProductChurnAnalysis churn = ProductChurnAnalysis.of(use, ProductChurnPolicy.DEFAULTS);  // lost after 90 days
    List<ProductChurn> now = churn.asOf(today);
    // c-005 PARTIAL since 2026-01-01: lost [printing], still uses [logistics]
    // c-003 FULL since 2026-01-31: lost [printing], still uses []
    List<AccountManagerWarning> warnings = churn.keyAccountWarnings(today, Set.of(acme), List.of());
    // README: end
    assertThat(now).extracting(ProductChurn::describe).containsExactly(
        "c-005 PARTIAL since 2026-01-01: lost [printing], still uses [logistics]",
        "c-003 FULL since 2026-01-31: lost [printing], still uses []");
    assertThat(now).extracting(ProductChurn::kind).containsExactly(ChurnKind.PARTIAL, ChurnKind.FULL);
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w.productsLost()).containsExactly("printing"));
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeStagesSnippetsTest")).isEqualTo(4);
  }
}
