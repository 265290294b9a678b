package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a customer expects of us, about one capability of the catalogue: a level ("a loan
 * decision tomorrow": 1 working day) or a feature ("you open on Sundays"). Records where the
 * expectation came from and how sure we are the customer holds it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Expectation {
  /** The capability key the expectation is about. */
  public abstract String subject();

  /** What the customer said or believes, in their words. */
  public abstract String statement();

  /** The level expected; empty when a feature is expected. */
  public abstract Optional<BigDecimal> expectedLevel();

  public abstract ExpectationSource source();

  @Value.Default
  public Likelihood likelihood() {
    return Likelihood.CERTAIN;
  }

  /** The customer expects a level of a capability. */
  public static Expectation ofLevel(String subject, String statement, BigDecimal level, ExpectationSource source) {
    return ImmutableExpectation.builder().subject(subject).statement(statement).expectedLevel(level)
        .source(source).build();
  }

  /** The customer expects a feature. */
  public static Expectation ofFeature(String subject, String statement, ExpectationSource source) {
    return ImmutableExpectation.builder().subject(subject).statement(statement).source(source).build();
  }

  @Value.Check
  protected void check() {
    Require.text(subject(), "expectation.subject");
    Require.text(statement(), "expectation.statement");
    expectedLevel().ifPresent(l -> Require.that(l.signum() >= 0, "expectation.expectedLevel", "must not be negative",
        l.toPlainString()));
  }
}
