package io.crmkit.scoring.cooperation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * One customer's 1-2-3-4 class and the behaviour that decided it, in words.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CooperationAssessment {
  public abstract CustomerId customer();

  public abstract CooperationClass cooperationClass();

  /** The behaviour observed and the rule that decided, one sentence each. */
  public abstract List<String> evidence();

  public static CooperationAssessment of(CustomerId customer, CooperationClass c, List<String> evidence) {
    Require.notNull(customer, "cooperationAssessment.customer");
    Require.notNull(c, "cooperationAssessment.cooperationClass");
    return ImmutableCooperationAssessment.builder().customer(customer).cooperationClass(c).evidence(evidence)
        .build();
  }

  /** "c-001 PREMIUM: evidence; evidence; ...; treatment". */
  public String describe() {
    return customer() + " " + cooperationClass() + ": " + String.join("; ", evidence()) + " -> "
        + cooperationClass().treatment();
  }
}
