package io.crmkit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintHistoryCheck;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ComplaintStepRefusedException;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.HandlerDirectory;
import io.crmkit.core.complaint.HandlerRole;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An intern who builds a supervisor handler for himself grants nothing: roles come from the host's directory. */
class HandlerRoleAttackTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  static final Handler AGENT = Handler.agent("em-lin");
  static final HandlerDirectory DIRECTORY = HandlerDirectory.of(Map.of(
      EmployeeId.of("em-lin"), Set.of(HandlerRole.AGENT),
      EmployeeId.of("em-intern"), Set.of(HandlerRole.AGENT),
      EmployeeId.of("em-mei"), Set.of(HandlerRole.AGENT, HandlerRole.SUPERVISOR)));

  static Complaint judged(ComplaintHandling h) {
    Complaint c = h.receive(ComplaintId.of("CMP-R"), Receipt.builder().complainant(CustomerId.of("c-1"))
        .channel(Channel.EMAIL).whatHappened("late").severity(ComplaintSeverity.LOW).build(), AGENT);
    c = h.apply(c, ComplaintCommand.acknowledge(AGENT, "heard"));
    c = h.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, AGENT, "look"));
    c = h.apply(c, ComplaintCommand.recordFacts(AGENT, "late", Optional.of(ComplaintCause.DELIVERY)));
    return h.apply(c, ComplaintCommand.judgeValid(AGENT, ComplaintCause.DELIVERY, "late indeed"));
  }

  @Test
  void aSelfDeclaredSupervisorCannotGrantACompromise() {
    ComplaintHandling h = ComplaintHandling.on(CLOCK, DIRECTORY);
    Complaint valid = judged(h);
    assertThatThrownBy(() -> h.apply(valid, ComplaintCommand.compromise(Handler.supervisor("em-intern"),
        Money.of("1000000.00", "EUR"), "a million"))).isInstanceOf(ComplaintStepRefusedException.class)
        .hasMessageContaining("roles-from-directory");
    assertThat(h.apply(valid, ComplaintCommand.compromise(Handler.supervisor("em-mei"), Money.of("50.00", "EUR"),
        "voucher")).state().name()).isEqualTo("REMEDY_PROPOSED");
  }

  @Test
  void aStoredCompromiseByAnAgentIsRefusedByTheHistoryCheck() {
    ComplaintHandling loose = ComplaintHandling.on(CLOCK);
    Complaint forged = loose.apply(judged(loose), ComplaintCommand.compromise(Handler.supervisor("em-intern"),
        Money.of("1000000.00", "EUR"), "a million"));
    ComplaintHistoryCheck check = ComplaintHistoryCheck.of(ComplaintHandling.on(CLOCK), DIRECTORY);
    assertThatThrownBy(() -> check.continued(forged.id(), null, forged.history()))
        .isInstanceOf(ComplaintStepRefusedException.class).hasMessageContaining("actor-has-role");
  }
}
