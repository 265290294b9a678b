package io.crmkit.core.visit;

import io.crmkit.core.customer.Customer;
import java.util.Optional;

/**
 * A named check of a visit plan against the customer's record; {@link VisitChecks} holds those of
 * practice. Hosts may add their own, most simply as a class that extends
 * {@link io.crmkit.core.rule.NamedRule}.
 */
public interface VisitCheck {
  String name();

  /** What the plan lacks by this check; empty when nothing. */
  Optional<VisitGap> gap(VisitPlan plan, Customer customer);
}
