package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ComplaintStepRefusedException;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.HandlingReview;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.complaint.Remark;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.Demand;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.CustomerRequest;
import io.crmkit.core.service.RequestOutcome;
import io.crmkit.core.service.ServiceStance;
import io.crmkit.core.visit.AgendaItem;
import io.crmkit.core.visit.VisitPlan;
import io.crmkit.core.visit.VisitReadiness;
import io.crmkit.scoring.cooperation.CooperationClass;
import io.crmkit.scoring.cooperation.CooperationClassification;
import io.crmkit.scoring.cooperation.CooperationRecord;
import io.crmkit.scoring.cooperation.StandardTerm;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** The guide's snippets of demand, the 1-2-3-4 classes, the handling review, visits and service (crm-examples/GUIDE.md), compiled and checked. */
class ReadmeFidelitySnippetsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void aDeadCustomerIsAJudgementWithItsReason() {
    // README: demand-classes
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    Customer zhang = Customer.person(CustomerId.of("c-006"), "Zhang Wei");
    Demand unknown = classifier.classify(zhang, CLOCK).demand();                        // UNKNOWN: nobody asked yet
    Customer retired = zhang.judgeNoNeed(NoNeedJudgement.of("sold his restaurant and retired",
        EmployeeId.of("em-ben"), LocalDate.of(2025, 12, 1)));
    Demand dead = classifier.classify(retired, CLOCK).demand();                         // DEAD, for that reason
    Customer back = retired.recordNeed(Need.now("a plan for his new café", LocalDate.of(2026, 2, 20)));
    Demand target = classifier.classify(back, CLOCK).demand();                          // TARGET: the judgement is outdated
    // README: end

    assertThat(List.of(unknown, dead, target)).containsExactly(Demand.UNKNOWN, Demand.DEAD, Demand.TARGET);
    assertThat(classifier.classify(retired, CLOCK).reasons()).contains(
        "demand DEAD: judged by em-ben on 2025-12-01 never to need us: sold his restaurant and retired");
  }

  @Test
  void theOneTwoThreeFourClassesComeFromBehaviourAndTheMixIsReported() {
    // README: cooperation-classes
    CooperationRecord byTheBook = CooperationRecord.builder().customer(CustomerId.of("c-001"))
        .acceptedTerms(EnumSet.allOf(StandardTerm.class)).build();
    CooperationRecord cumbersome = CooperationRecord.builder().customer(CustomerId.of("c-009"))
        .acceptedTerms(EnumSet.of(StandardTerm.CONTRACT)).objections(6).specialConditions(5).brandsCompared(6).build();
    CooperationClassification mix = CooperationClassification.of(List.of(byTheBook, cumbersome));
    CooperationClass c009 = mix.classOf(CustomerId.of("c-009"));                        // DIFFICULT
    List<String> evidence = mix.assessment(CustomerId.of("c-009")).evidence();          // the behaviour that decided
    String report = mix.describe();                                                     // observed shares vs 30/40/20/10
    // README: end

    assertThat(c009).isEqualTo(CooperationClass.DIFFICULT);
    assertThat(evidence).contains("DIFFICULT: negotiates 3 of the 4 standard terms");
    assertThat(report).contains("PREMIUM   1 of 2 (50.0%; typical 30%)");
  }

  @Test
  void aHandlingReviewNamesTheMistakesAndTheGuardsPreventTheWorst() {
    // README: handling-review
    ComplaintHandling handling = ComplaintHandling.on(CLOCK);
    Handler lin = Handler.agent("em-lin");
    Complaint c = handling.receive(ComplaintId.of("CMP-7"), Receipt.builder().complainant(CustomerId.of("c-005"))
        .channel(Channel.PHONE_CALL).whatHappened("third late delivery").severity(ComplaintSeverity.HIGH).build(), lin);
    c = handling.apply(c, ComplaintCommand.remark(lin, Remark.SOOTHE, "I understand the line stood still"));
    c = handling.apply(c, ComplaintCommand.acknowledge(lin, "heard him out"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, lin, "check the shipments"));
    Complaint investigating = c;
    ThrowingSupplier<Complaint> apologyNow = () -> handling.apply(investigating,
        ComplaintCommand.remark(lin, Remark.APOLOGISE, "sorry, our fault"));   // refused: no-apology-before-facts
    c = handling.apply(c, ComplaintCommand.remark(lin, Remark.PLEAD_IGNORANCE, "I don't know"));
    c = handling.apply(c, ComplaintCommand.recordFacts(lin, "carrier missed two slots", Optional.of(ComplaintCause.DELIVERY)));
    HandlingReview review = HandlingReview.of(c);
    String findings = review.describe();                   // "1 mistake(s) in 10 checks", then no-i-dont-know at #5
    // README: end

    try {
      apologyNow.get();
      throw new AssertionError("the apology before the facts was allowed");
    } catch (ComplaintStepRefusedException refused) {
      assertThat(refused.rule()).isEqualTo("no-apology-before-facts");
    } catch (Throwable other) {
      throw new AssertionError(other);
    }
    assertThat(review.passed()).isFalse();
    assertThat(findings).contains("1 mistake(s) in 10 checks").contains("no-i-dont-know PLEADED_IGNORANCE at #5");
  }

  @Test
  void aVisitPlanSaysWhatIsMissingAndTheCustomerIsNotGod() {
    // README: visit-and-service
    Customer acme = Customer.organization(CustomerId.of("c-005"), "Acme Trading Co.")
        .recordNeed(Need.now("support for the new plant", LocalDate.of(2026, 2, 25)));
    VisitPlan plan = VisitPlan.builder().customer(acme.id()).accountManager(EmployeeId.of("em-chen"))
        .startsAt(Instant.parse("2026-03-03T10:00:00Z")).length(Duration.ofMinutes(45))
        .addAgenda(new AgendaItem("support for the plant", 30)).addMaterials("service level sheet").build();
    VisitReadiness readiness = VisitReadiness.of(plan, acme);
    // gaps: record-reviewed, needs-on-record (no personal need), appointment-confirmed
    RequestOutcome rain = ServiceStance.decide(new CustomerRequest("pay for the machine left in the rain",
        false, true, false, true, 4));                       // HOLD_THE_PRINCIPLE, however often asked
    // README: end

    assertThat(readiness.gaps()).extracting(g -> g.check())
        .containsExactly("record-reviewed", "needs-on-record", "appointment-confirmed");
    assertThat(rain).isEqualTo(RequestOutcome.HOLD_THE_PRINCIPLE);
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeFidelitySnippetsTest")).isEqualTo(4);
  }
}
