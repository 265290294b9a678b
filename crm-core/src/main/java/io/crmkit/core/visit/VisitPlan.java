package io.crmkit.core.visit;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an account manager prepares before visiting a customer (接触客户前的准备): the customer's
 * record reviewed and what to complete during the visit (信息的准备), the agenda with the time for each
 * point and what it is worth to the customer (议程的准备), the materials to bring, and the appointment,
 * confirmed, ideally offered as a choice of two times. {@link VisitReadiness} says what is missing.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class VisitPlan {
  public abstract CustomerId customer();

  public abstract EmployeeId accountManager();

  public abstract Instant startsAt();

  /** The time the customer gave us. */
  public abstract Duration length();

  public abstract List<AgendaItem> agenda();

  /** What the agenda is worth to the customer, said when the agenda is proposed (if there is something). */
  public abstract Optional<String> valueForCustomer();

  /** Documents, samples, proposals to bring. */
  public abstract List<String> materials();

  /** When the customer's record was last read for this visit; empty if it was not. */
  public abstract Optional<Instant> recordReviewedAt();

  /** What the record lacks and the visit is to complete (找出需要补充的内容). */
  public abstract List<String> toComplete();

  /** Whether the customer confirmed the appointment. */
  @Value.Default
  public boolean appointmentConfirmed() {
    return false;
  }

  /** The alternative-choice question the appointment was fixed with, if it was. */
  public abstract Optional<AlternativeChoice> appointmentChoice();

  public static ImmutableVisitPlan.Builder builder() {
    return ImmutableVisitPlan.builder();
  }

  @Value.Check
  protected void check() {
    Require.positive(length(), "visitPlan.length");
    materials().forEach(m -> Require.text(m, "visitPlan.materials[]"));
    toComplete().forEach(t -> Require.text(t, "visitPlan.toComplete[]"));
    valueForCustomer().ifPresent(v -> Require.text(v, "visitPlan.valueForCustomer"));
    recordReviewedAt().ifPresent(r -> Require.that(!r.isAfter(startsAt()), "visitPlan.recordReviewedAt",
        "must not be after the visit starts at " + startsAt(), r));
  }

  /** The minutes the agenda plans. */
  public int agendaMinutes() {
    return agenda().stream().mapToInt(AgendaItem::minutes).sum();
  }
}
