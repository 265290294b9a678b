package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A standard survey metric: CSAT (percent of 4-5 answers on 1-5), NPS (percent promoters 9-10 minus
 * percent detractors 0-6, within -100..100) or CES (mean effort on 1-7). With no answers the value
 * is empty and {@link #describe()} says "no responses"; it is never NaN.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SurveyMetric {
  public abstract String name();

  public abstract long answers();

  public abstract Optional<Double> value();

  static SurveyMetric of(String name, long answers, double valueIfAny) {
    return ImmutableSurveyMetric.builder().name(name).answers(answers)
        .value(answers == 0 ? Optional.empty() : Optional.of(valueIfAny)).build();
  }

  /** "NPS 23.5 (40 answers)" or "NPS: no responses". */
  public String describe() {
    return value().map(v -> String.format(Locale.ROOT, "%s %.1f (%d answers)", name(), v, answers()))
        .orElse(name() + ": no responses");
  }
}
