package io.crmkit.core.visit;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a visit plan is ready, by every {@link VisitCheck}: the gaps found, in the order of the
 * checks, each saying what to do.
 *
 * <p>Immutable and thread-safe.
 */
public final class VisitReadiness {
  private final VisitPlan plan;
  private final List<VisitGap> gaps;

  private VisitReadiness(VisitPlan plan, List<VisitGap> gaps) {
    this.plan = plan;
    this.gaps = List.copyOf(gaps);
  }

  /** The plan checked by {@link VisitChecks#allCurrentChecks()} against the customer's record. */
  public static VisitReadiness of(VisitPlan plan, Customer customer) {
    return of(plan, customer, VisitChecks.allCurrentChecks());
  }

  /** The plan checked by {@code checks}; the record must be the plan's customer's. */
  public static VisitReadiness of(VisitPlan plan, Customer customer, List<VisitCheck> checks) {
    Require.notNull(plan, "visitPlan");
    Require.notNull(customer, "customer");
    Require.notNull(checks, "checks");
    Require.that(customer.isKnownAs(plan.customer()), "customer", "must be the customer the plan is for, "
        + plan.customer(), customer.id());
    List<VisitGap> gaps = new ArrayList<>();
    checks.forEach(check -> check.gap(plan, customer).ifPresent(gaps::add));
    return new VisitReadiness(plan, gaps);
  }

  public VisitPlan plan() {
    return plan;
  }

  public List<VisitGap> gaps() {
    return gaps;
  }

  public boolean ready() {
    return gaps.isEmpty();
  }

  /** "Visit to c-005 on ...: ready" or the gaps, one per line. */
  public String describe() {
    StringBuilder text = new StringBuilder("Visit to " + plan.customer() + " at " + plan.startsAt() + ": "
        + (ready() ? "ready" : gaps.size() + " gap(s)")).append('\n');
    gaps.forEach(g -> text.append("  ").append(g.check()).append(": ").append(g.missing()).append('\n'));
    return text.toString();
  }
}
