package io.crmkit.persistence.jdbc;

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
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.HandlerDirectory;
import io.crmkit.core.complaint.HandlerRole;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.money.Money;
import io.crmkit.persistence.HistoryConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * Roles come from the host's directory: stores opened without one fail closed (every actor an
 * agent), so a stored compromise by a self-declared supervisor is refused; with the host's
 * directory, its supervisors' steps are stored, through every factory.
 */
class JdbcComplaintRolesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Handler AGENT = Handler.agent("em-lin");
  private static final HandlerDirectory DIRECTORY = HandlerDirectory.of(Map.of(
      EmployeeId.of("em-lin"), Set.of(HandlerRole.AGENT),
      EmployeeId.of("em-mei"), Set.of(HandlerRole.AGENT, HandlerRole.SUPERVISOR)));
  private static int databases;

  private static JdbcConnectionPool memory() {
    return JdbcConnectionPool.create("jdbc:h2:mem:roles" + (++databases) + ";DB_CLOSE_DELAY=-1", "crmkit", "");
  }

  /** A complaint judged valid, then given a compromise by {@code supervisor}, built without any guard of roles. */
  private static Complaint compromisedBy(String supervisor) {
    ComplaintHandling loose = ComplaintHandling.on(CLOCK);
    Complaint c = loose.receive(ComplaintId.of("CMP-R"), Receipt.builder().complainant(CustomerId.of("c-1"))
        .channel(Channel.EMAIL).whatHappened("late").severity(ComplaintSeverity.LOW).build(), AGENT);
    c = loose.apply(c, ComplaintCommand.acknowledge(AGENT, "heard"));
    c = loose.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, AGENT, "look"));
    c = loose.apply(c, ComplaintCommand.recordFacts(AGENT, "late", Optional.of(ComplaintCause.DELIVERY)));
    c = loose.apply(c, ComplaintCommand.judgeValid(AGENT, ComplaintCause.DELIVERY, "late indeed"));
    return loose.apply(c, ComplaintCommand.compromise(Handler.supervisor(supervisor), Money.of("50.00", "EUR"),
        "voucher"));
  }

  private static ComplaintHistoryCheck hostCheck() {
    return ComplaintHistoryCheck.of(ComplaintHandling.on(Clock.systemUTC(), DIRECTORY), DIRECTORY);
  }

  @Test
  void storesOpenedWithoutADirectoryRefuseEveryStepThatNeedsASupervisor() {
    JdbcConnectionPool pool = memory();
    try (JdbcStores stores = JdbcStores.on(pool, pool::dispose)) {
      for (String claimed : Set.of("em-intern", "em-mei")) {
        assertThatThrownBy(() -> stores.complaints().save(compromisedBy(claimed), 0))
            .isInstanceOf(HistoryConflictException.class).hasMessageContaining("actor-has-role");
      }
    }
    JdbcConnectionPool shared = memory();
    try (JdbcStores stores = JdbcStores.on(shared)) {
      assertThatThrownBy(() -> stores.complaints().save(compromisedBy("em-mei"), 0))
          .isInstanceOf(HistoryConflictException.class).hasMessageContaining("actor-has-role");
    }
    try (JdbcStores stores = JdbcStores.onMigrated(shared)) {
      assertThatThrownBy(() -> stores.complaints().save(compromisedBy("em-mei"), 0))
          .isInstanceOf(HistoryConflictException.class).hasMessageContaining("actor-has-role");
    }
    shared.dispose();
  }

  @Test
  void withTheHostsDirectoryEveryFactoryStoresItsSupervisorsStepsAndRefusesAnIntern() {
    JdbcConnectionPool owned = memory();
    try (JdbcStores stores = JdbcStores.on(owned, hostCheck(), owned::dispose)) {
      assertThat(stores.complaints().save(compromisedBy("em-mei"), 0).history()).hasSize(6);
    }
    JdbcConnectionPool shared = memory();
    try (JdbcStores stores = JdbcStores.on(shared, hostCheck())) {
      assertThatThrownBy(() -> stores.complaints().save(compromisedBy("em-intern"), 0))
          .isInstanceOf(HistoryConflictException.class).hasMessageContaining("directory");
    }
    try (JdbcStores stores = JdbcStores.onMigrated(shared, hostCheck())) {
      assertThat(stores.complaints().save(compromisedBy("em-mei"), 0).history()).hasSize(6);
    }
    shared.dispose();
  }
}
