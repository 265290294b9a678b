package io.crmkit.persistence.security;

import static io.crmkit.persistence.contract.ContractFixtures.AGENT;
import static io.crmkit.persistence.contract.ContractFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintAction;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintState;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.money.Money;
import io.crmkit.persistence.memory.InMemoryComplaints;
import io.crmkit.persistence.memory.InMemoryCustomers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Histories a writer forges past the live workflow: each must be refused by the store. */
class ForgedHistoryAttackTest {
  static Complaint received() {
    return ComplaintHandling.on(CLOCK).receive(ComplaintId.of("CMP-F"), Receipt.builder()
        .complainant(CustomerId.of("c-1")).channel(Channel.EMAIL).whatHappened("late delivery")
        .severity(ComplaintSeverity.LOW).build(), AGENT);
  }

  static ComplaintEvent event(Complaint c, ComplaintAction action, ComplaintState to, Instant at) {
    return ComplaintEvent.builder().sequence(c.history().size() + 1).actor(AGENT.id()).at(at)
        .fromState(c.state()).toState(to).note("forged").action(action).build();
  }

  static Complaint investigating() {
    ComplaintHandling h = ComplaintHandling.on(CLOCK);
    Complaint c = h.apply(received(), ComplaintCommand.acknowledge(AGENT, "heard"));
    return h.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, AGENT, "look"));
  }

  @Test
  void aJudgementWithNoFactsRecordedIsRefused() {
    InMemoryComplaints store = new InMemoryComplaints();
    Complaint c = investigating();
    store.save(c, 0);
    ComplaintEvent judged = event(c, new ComplaintAction.JudgeValid(ComplaintCause.DELIVERY), ComplaintState.VALID,
        CLOCK.instant());
    assertThatThrownBy(() -> store.append(c.id(), c.history().size(), List.of(judged)))
        .isInstanceOf(RuntimeException.class).hasMessageContaining("facts-before-judgement");
  }

  @Test
  void anEventDatedInTheFutureIsRefused() {
    InMemoryComplaints store = new InMemoryComplaints();
    Complaint c = investigating();
    store.save(c, 0);
    ComplaintEvent late = event(c, ComplaintAction.of(ComplaintStep.RECORD_FACTS), ComplaintState.INVESTIGATING,
        Instant.parse("2099-01-01T00:00:00Z"));
    assertThatThrownBy(() -> store.append(c.id(), c.history().size(), List.of(late)))
        .isInstanceOf(RuntimeException.class).hasMessageContaining("after now");
  }

  @Test
  void aFactHistoryCannotBeReplacedByOneUndisputedFact() {
    InMemoryCustomers store = new InMemoryCustomers();
    ProfileFact income = ProfileFact.builder().key(FactKey.of("income")).category(FactCategory.FINANCIAL)
        .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR 40,000").source("form").recordedAt(CLOCK.instant()).build();
    Customer v1 = store.save(Customer.person(CustomerId.of("c-1"), "Li Wei").recordFact(income)
        .disputeFact(FactKey.of("income"), "customer says it is wrong"));
    Customer forged = Customer.builder().from(v1).facts(List.of(income)).build();
    assertThatThrownBy(() -> store.save(forged)).isInstanceOf(RuntimeException.class)
        .hasMessageContaining("fact history");
  }

  @Test
  void aFactDatedInTheFutureIsRefused() {
    InMemoryCustomers store = new InMemoryCustomers();
    ProfileFact forever = ProfileFact.builder().key(FactKey.of("segment")).category(FactCategory.BEHAVIORAL)
        .sensitivity(Sensitivity.INTERNAL).content("gold").source("form").recordedAt(Instant.parse("9999-01-01T00:00:00Z")).build();
    assertThatThrownBy(() -> store.save(Customer.person(CustomerId.of("c-2"), "Wang Fang").recordFact(forever)))
        .isInstanceOf(RuntimeException.class).hasMessageContaining("future");
  }

  @Test
  void aForgedAssessmentHistoryIsRefused() {
    io.crmkit.persistence.memory.InMemoryStyleProfiles store = new io.crmkit.persistence.memory.InMemoryStyleProfiles();
    io.crmkit.core.personality.StyleProfile real = io.crmkit.persistence.contract.StyleProfilesContract.analytical("c-1", 3);
    io.crmkit.core.personality.StyleProfile otherStyle = io.crmkit.core.personality.StyleProfile.of(CustomerId.of("c-1"));
    for (String cue : List.of("decides on the spot", "interrupts to get to the point", "wants the bottom line")) {
      otherStyle = otherStyle.observe(io.crmkit.core.personality.BehaviourCue.standard(cue),
          io.crmkit.core.customer.EmployeeId.of("em-anna"), CLOCK.instant(), io.crmkit.core.personality.StyleClassifier.DEFAULT);
    }
    io.crmkit.core.personality.StyleProfile forged = io.crmkit.core.personality.ImmutableStyleProfile.copyOf(real)
        .withHistory(otherStyle.history());
    assertThatThrownBy(() -> store.save(forged, 0)).isInstanceOf(RuntimeException.class)
        .hasMessageContaining("assessment");
  }
}
