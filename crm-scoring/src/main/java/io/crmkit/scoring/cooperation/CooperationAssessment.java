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

  /** The behaviour observed and the rule that decided, one sentence each, in English. */
  public abstract List<String> evidence();

  /** The same sentences as messages and their arguments, for {@link #evidence(java.util.Locale)}. */
  public abstract List<io.crmkit.core.text.Explanation> explanations();

  /** An assessment whose evidence is written in English only: it reads as written in every language. */
  public static CooperationAssessment of(CustomerId customer, CooperationClass c, List<String> evidence) {
    Require.notNull(customer, "cooperationAssessment.customer");
    Require.notNull(c, "cooperationAssessment.cooperationClass");
    Require.notNull(evidence, "cooperationAssessment.evidence");
    return ImmutableCooperationAssessment.builder().customer(customer).cooperationClass(c).evidence(evidence)
        .explanations(evidence.stream().map(e -> io.crmkit.core.text.Explanation.of(CooperationReason.AS_WRITTEN,
            Require.notNull(e, "cooperationAssessment.evidence[]"))).toList())
        .build();
  }

  /** An assessment with its evidence explained: its English rendering is the {@link #evidence()}. */
  public static CooperationAssessment explained(CustomerId customer, CooperationClass c,
      List<io.crmkit.core.text.Explanation> evidence) {
    Require.notNull(customer, "cooperationAssessment.customer");
    Require.notNull(c, "cooperationAssessment.cooperationClass");
    Require.notNull(evidence, "cooperationAssessment.evidence");
    return ImmutableCooperationAssessment.builder().customer(customer).cooperationClass(c)
        .evidence(evidence.stream().map(e -> e.render(java.util.Locale.ENGLISH)).toList()).explanations(evidence)
        .build();
  }

  /** The evidence in {@code locale}, one sentence each. */
  public List<String> evidence(java.util.Locale locale) {
    Require.notNull(locale, "cooperationAssessment.locale");
    return explanations().stream().map(e -> e.render(locale)).toList();
  }

  /** "c-001 PREMIUM: evidence; evidence; ...; treatment". */
  public String describe() {
    return customer() + " " + cooperationClass() + ": " + String.join("; ", evidence()) + " -> "
        + cooperationClass().treatment();
  }
}
