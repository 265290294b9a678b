package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * An expectation that will end in dissatisfaction unless managed, classified by type, severity,
 * likelihood and the customer's maturity, with a priority (severity x likelihood, 1 to 9) and the
 * recommended handling adapted to the customer.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ExpectationProblem {
  public abstract ExpectationProblemType type();

  /** The capability or claim the problem is about. */
  public abstract String subject();

  /** What the customer expects or claims, in their words. */
  public abstract String statement();

  public abstract ExpectationSource source();

  public abstract ExpectationProblemSeverity severity();

  public abstract Likelihood likelihood();

  public abstract CustomerMaturity maturity();

  /** Why this is a problem: the comparison with the catalogue or the established cause. */
  public abstract String reason();

  /** (severity rank) x (likelihood rank), each ranked 1 to 3: 9 is the most pressing. */
  @Value.Derived
  public int priority() {
    return (severity().ordinal() + 1) * (likelihood().ordinal() + 1);
  }

  /** The handling for this type, adapted to the customer's maturity. */
  @Value.Derived
  public String handling() {
    String approach;
    switch (maturity()) {
      case FIRST_TIME:
        approach = "explain step by step how the service works";
        break;
      case OCCASIONAL:
        approach = "remind them how it works and what has changed";
        break;
      default:
        approach = "state the facts briefly and compare with the market";
        break;
    }
    return type().handling() + "; " + approach;
  }
}
