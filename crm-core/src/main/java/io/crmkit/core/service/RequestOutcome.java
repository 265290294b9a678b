package io.crmkit.core.service;

import io.crmkit.core.satisfaction.ExpectationProblemType;
import java.util.Optional;

/** What {@link ServiceStance} decides on a customer's request. */
public enum RequestOutcome {
  /** Within our promise and our means: do it. */
  GRANT(null),
  /** Within our means but beyond our promise: a special need, offered as an extra at its cost. */
  OFFER_AS_EXTRA(null),
  /** Beyond what we can deliver (期望值过高): reset the expectation, offer the nearest option. */
  RESET_THE_EXPECTATION(ExpectationProblemType.TOO_HIGH),
  /** A wrong idea of the product (错误期望值): correct it with facts. */
  CORRECT_WITH_FACTS(ExpectationProblemType.MISTAKEN),
  /** Compensation for a loss the customer caused (无理期望值): hold the principle, courteously. */
  HOLD_THE_PRINCIPLE(ExpectationProblemType.UNREASONABLE);

  private final ExpectationProblemType problem;

  RequestOutcome(ExpectationProblemType problem) {
    this.problem = problem;
  }

  /** The expectation problem this outcome answers, with its handling; empty for GRANT and OFFER_AS_EXTRA. */
  public Optional<ExpectationProblemType> problem() {
    return Optional.ofNullable(problem);
  }
}
