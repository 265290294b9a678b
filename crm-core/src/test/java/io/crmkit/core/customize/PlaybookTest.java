package io.crmkit.core.customize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.complaint.DifficultCustomerType;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.idic.CustomizeEvidence;
import io.crmkit.core.idic.IdicProgressReport;
import io.crmkit.core.idic.IdicStage;
import io.crmkit.core.personality.PersonalityStyle;
import io.crmkit.core.validation.InvalidValueException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaybookTest {
  private static final CustomerSituation KEY_WITH_COMPLAINT = CustomerSituation.builder()
      .customer(CustomerId.of("c-005")).valueTier("KEY").cooperationClass("NORMAL").style(PersonalityStyle.EXPRESSIVE)
      .openComplaints(1).build();

  @Test
  void aKeyCustomerWithAnOpenComplaintIsLetVentFirstAndTreatedAsKey() {
    TreatmentPlan plan = Playbook.defaults().recommend(KEY_WITH_COMPLAINT);

    assertThat(plan.recommendations()).extracting(Recommendation::rule).containsExactly(
        "resolve-open-complaint-first", "expressive-complaint-vent-first", "key-service-meetings",
        "key-vip-recognition", "premium-invest", "expressive-approach");
    assertThat(plan.recommendations().get(1).because()).containsExactly("style = EXPRESSIVE", "open-complaints = 1");
    assertThat(plan.isActive()).isTrue();
  }

  @Test
  void aConflictIsResolvedByPriorityAndReported() {
    CustomerSituation difficultKey = CustomerSituation.builder().customer(CustomerId.of("c-9")).valueTier("KEY")
        .cooperationClass("DIFFICULT").difficultType(DifficultCustomerType.LOUD).openComplaints(2)
        .style(PersonalityStyle.EXPRESSIVE).build();
    TreatmentPlan plan = Playbook.defaults().recommend(difficultKey);

    assertThat(plan.recommendations()).extracting(Recommendation::rule).contains("difficult-basic-service")
        .doesNotContain("key-service-meetings", "expressive-complaint-vent-first");
    assertThat(plan.resolutions()).contains(
        "rule difficult-basic-service (priority 90) overrides key-service-meetings (priority 50) in group service-level",
        "rule loud-let-them-vent (priority 80) overrides expressive-complaint-vent-first (priority 70) in group complaint-approach");
  }

  @Test
  void hostsAddAndReplaceRulesByName() {
    Playbook mine = Playbook.defaults().with(PlaybookParser.parse(new StringReader("""
        rule key-service-meetings
          priority 55
          when tier in KEY
          group service-level
          then monthly meeting with the managing director
        rule churn-gift
          priority 5
          when churn in overdue
          then send a thank-you gift
        """), "host.rules"));
    CustomerSituation s = CustomerSituation.builder().customer(CustomerId.of("c-1")).valueTier("KEY")
        .addChurnSignals("overdue").build();
    assertThat(mine.recommend(s).recommendations()).extracting(Recommendation::action)
        .contains("monthly meeting with the managing director", "send a thank-you gift")
        .doesNotContain("regular service meetings with a senior manager");
  }

  @Test
  void anActivePlanIsTheCustomizeEvidence() {
    TreatmentPlan plan = Playbook.defaults().recommend(KEY_WITH_COMPLAINT);
    IdicProgressReport report = IdicProgressReport.assess(Customer.person(CustomerId.of("c-005"), "Mr Picard"),
        List.of(CustomizeEvidence.from(id -> plan.isActive() ? Optional.of(plan.summary()) : Optional.empty())),
        Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    assertThat(report.stage(IdicStage.CUSTOMIZE).done()).isTrue();
    assertThat(report.stage(IdicStage.CUSTOMIZE).nextStep()).startsWith("carry out the plan: resolve the open complaint");
  }

  @Test
  void aPlaybookNamesEachRuleOnce() {
    assertThatThrownBy(() -> Playbook.of(List.of(Playbook.defaults().rules().get(0), Playbook.defaults().rules().get(0))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must not name a rule twice");
  }
}
