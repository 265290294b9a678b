package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Checks promises against the capability catalogue before they are made and lists the over-promises:
 * promises that would set an expectation the company cannot meet. Under-promise, over-deliver.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PromiseCheck {
  @Value.Parameter
  public abstract CapabilityCatalogue catalogue();

  public static PromiseCheck against(CapabilityCatalogue catalogue) {
    return ImmutablePromiseCheck.of(catalogue);
  }

  /** The promises that must not be made, each with the problem it would cause; empty if all are safe. */
  public List<ExpectationProblem> overPromises(List<Promise> promises, CustomerMaturity maturity) {
    Require.notNull(promises, "promises");
    ExpectationReview review = ExpectationReview.against(catalogue());
    List<ExpectationProblem> problems = new ArrayList<>();
    for (Promise p : promises) {
      Require.notNull(p, "promises[]");
      review.problemWith(p.asExpectation(), maturity).ifPresent(problems::add);
    }
    return List.copyOf(problems);
  }
}
