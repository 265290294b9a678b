package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.Require;

/**
 * What to do with a customer's compensation claim, decided by who caused the loss (seed 003: the
 * unreasonable expectation is compensation asked for a loss the customer caused; establish the facts
 * before judging).
 */
public enum ClaimVerdict {
  /** Our product, service or staff caused the loss: compensate, it is a fair expectation. */
  COMPENSATE,
  /** The customer caused the loss: an unreasonable expectation; decline courteously, offer goodwill help. */
  DECLINE_UNREASONABLE,
  /** Who caused the loss is not established: no verdict before the facts are clear. */
  ESTABLISH_FACTS_FIRST;

  /** The verdict for a loss with this cause. */
  public static ClaimVerdict of(LossCause cause) {
    Require.notNull(cause, "lossCause");
    return switch (cause) {
      case COMPANY -> COMPENSATE;
      case CUSTOMER -> DECLINE_UNREASONABLE;
      case UNKNOWN -> ESTABLISH_FACTS_FIRST;
    };
  }
}
