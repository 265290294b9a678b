package io.crmkit.core.customer;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who served the customer as account manager from when until when. The customer keeps the whole
 * history, so a change of manager (a churn risk) is visible and explainable.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class AccountManagerAssignment {
  public abstract EmployeeId manager();

  public abstract Instant from();

  /** When the assignment ended; empty while it is current. */
  public abstract Optional<Instant> until();

  /** A current assignment starting at {@code from}. */
  public static AccountManagerAssignment of(EmployeeId manager, Instant from) {
    return ImmutableAccountManagerAssignment.builder().manager(manager).from(from).build();
  }

  @Value.Check
  protected void check() {
    until().ifPresent(u -> Require.that(u.isAfter(from()), "accountManagerAssignment.until",
        "must be after from " + from(), u));
  }

  /** Whether the assignment is still running. */
  public boolean isCurrent() {
    return until().isEmpty();
  }

  /** This assignment ended at {@code at}. */
  public AccountManagerAssignment endedAt(Instant at) {
    return ImmutableAccountManagerAssignment.copyOf(this).withUntil(at);
  }
}
