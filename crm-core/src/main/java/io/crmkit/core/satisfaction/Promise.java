package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something staff are about to promise a customer, about one capability: a level or a feature. A
 * promise becomes the customer's expectation, so it is checked before it is made.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Promise {
  public abstract String subject();

  /** The words of the promise. */
  public abstract String wording();

  public abstract Optional<BigDecimal> promisedLevel();

  public static Promise ofLevel(String subject, String wording, BigDecimal level) {
    return ImmutablePromise.builder().subject(subject).wording(wording).promisedLevel(level).build();
  }

  public static Promise ofFeature(String subject, String wording) {
    return ImmutablePromise.builder().subject(subject).wording(wording).build();
  }

  @Value.Check
  protected void check() {
    Require.text(subject(), "promise.subject");
    Require.text(wording(), "promise.wording");
    promisedLevel().ifPresent(l -> Require.that(l.signum() >= 0, "promise.promisedLevel", "must not be negative",
        l.toPlainString()));
  }

  /** The expectation this promise would set. */
  public Expectation asExpectation() {
    return ImmutableExpectation.builder().subject(subject()).statement(wording()).expectedLevel(promisedLevel())
        .source(ExpectationSource.COMPANY_PROMISES).likelihood(Likelihood.CERTAIN).build();
  }
}
