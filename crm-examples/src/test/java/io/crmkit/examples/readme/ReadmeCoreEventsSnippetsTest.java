package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintAction;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintGuard;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintState;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ComplaintStepRefusedException;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.Judgement;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.complaint.Shelving;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customize.Playbook;
import io.crmkit.core.customize.PlaybookParser;
import io.crmkit.core.customize.CustomerSituation;
import io.crmkit.core.customize.Recommendation;
import io.crmkit.core.money.Money;
import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The snippets of the core-events reshape (GUIDE.md, complaints and playbooks): each step of a complaint is its own type, a host's
 * guard is a named rule with a plain {@code if}, and a playbook's rule file is read by its parser.
 */
class ReadmeCoreEventsSnippetsTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  // README: host-guard
  /** A host's own guard: a named rule (NamedRule supplies name() and toString()) with a plain if. */
  static final class ConcessionsWithinLimit extends NamedRule implements ComplaintGuard {
    private final Money limit;

    ConcessionsWithinLimit(Money limit) {
      super("concessions-within-limit");
      this.limit = limit;
    }

    @Override
    public Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now) {
      if (command.action() instanceof ComplaintAction.Compromise compromise
          && !limit.isAtLeast(compromise.concessionCost())) {
        return Optional.of("a concession above " + limit + " needs the head of service");
      }
      return Optional.empty();
    }
  }
  // README: end

  @Test
  void eachStepCarriesItsOwnTypeAndAHostGuardIsANamedRule() {
    // README: complaint-events
    ComplaintHandling handling = ComplaintHandling.builder().clock(clock)
        .addExtraGuards(new ConcessionsWithinLimit(Money.of("500.00", "EUR"))).build();
    Handler lin = Handler.agent("em-lin");
    Handler mei = Handler.supervisor("em-mei");
    Complaint c = handling.receive(ComplaintId.of("CMP-3"), Receipt.builder()
        .complainant(CustomerId.of("c-005")).channel(Channel.EMAIL)
        .whatHappened("two of three deliveries late").severity(ComplaintSeverity.HIGH).build(), lin);
    c = handling.apply(c, ComplaintCommand.acknowledge(lin, "heard the customer out"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, lin, "pulled the delivery notes"));
    c = handling.apply(c, ComplaintCommand.recordFacts(lin, "carrier missed two slots", Optional.empty()));
    c = handling.apply(c, ComplaintCommand.judgeValid(lin, ComplaintCause.DELIVERY, "our carrier, our fault"));
    c.status().judgement();                  // VALID (PENDING before a judgement, NOT_VALID when not justified)
    // handling.apply(c, ComplaintCommand.compromise(mei, Money.of("800.00", "EUR"), "refund and a voucher"))
    //   -> ComplaintStepRefusedException: ... refused by rule concessions-within-limit: a concession above EUR 500.00 ...
    c = handling.apply(c, ComplaintCommand.shelve(lin, clock.instant().plus(Duration.ofDays(2)), "customer away"));
    c.status().shelving();                   // Optional[Shelving[from=VALID, resumeOn=2026-03-04T09:00:00Z]]
    ComplaintEvent last = c.history().get(c.history().size() - 1);
    last.action();                           // Shelve[resumeOn=2026-03-04T09:00:00Z]: only the step's own fields
    // ComplaintCommand.step(ComplaintStep.SHELVE, lin, "cool off")
    //   -> InvalidValueException: complaintCommand.resumeOn must be given for SHELVE, was 'missing resumeOn'
    // README: end

    assertThat(c.status().judgement()).isEqualTo(Judgement.VALID);
    Complaint judged = Complaint.replay(c.id(), c.history().subList(0, 5)); // before the shelving
    assertThat(judged.state()).isEqualTo(ComplaintState.VALID);
    assertThatThrownBy(() -> handling.apply(judged, ComplaintCommand.compromise(mei, Money.of("800.00", "EUR"),
        "refund and a voucher"))).isInstanceOf(ComplaintStepRefusedException.class)
        .hasMessageEndingWith("refused by rule concessions-within-limit: a concession above EUR 500.00 needs the "
            + "head of service");
    assertThat(handling.apply(judged, ComplaintCommand.compromise(mei, Money.of("450.00", "EUR"), "refund")).state())
        .isEqualTo(ComplaintState.REMEDY_PROPOSED);
    assertThat(c.status().shelving()).contains(new Shelving(ComplaintState.VALID,
        Instant.parse("2026-03-04T09:00:00Z")));
    assertThat(c.status().shelving()).hasToString("Optional[Shelving[from=VALID, resumeOn=2026-03-04T09:00:00Z]]");
    assertThat(last.action()).isEqualTo(new ComplaintAction.Shelve(Instant.parse("2026-03-04T09:00:00Z")));
    assertThat(last.action()).hasToString("Shelve[resumeOn=2026-03-04T09:00:00Z]");
    assertThat(new ConcessionsWithinLimit(Money.of("1.00", "EUR"))).hasToString("concessions-within-limit");
    assertThatThrownBy(() -> ComplaintCommand.step(ComplaintStep.SHELVE, lin, "cool off"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("complaintCommand.resumeOn must be given for SHELVE, was 'missing resumeOn'");
  }

  @Test
  void aHostsRuleFileIsReadByThePlaybookParser() {
    // README: playbook-parser
    Playbook mine = Playbook.defaults().with(PlaybookParser.parse(new StringReader("""
        rule churn-call
          priority 5
          when churn any
          then call the customer this week
        """), "host.rules"));
    mine.recommend(CustomerSituation.builder().customer(CustomerId.of("c-1")).addChurnSignals("overdue").build())
        .recommendations();     // [call the customer this week [rule churn-call, because churn = overdue]]
    // README: end
    assertThat(mine.recommend(CustomerSituation.builder().customer(CustomerId.of("c-1")).addChurnSignals("overdue")
        .build()).recommendations()).extracting(Recommendation::toString)
        .contains("call the customer this week [rule churn-call, because churn = overdue]");
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeCoreEventsSnippetsTest")).isEqualTo(3);
  }
}
