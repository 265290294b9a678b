package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What one customer expected and perceived in one service encounter, one score per dimension on the
 * model's scale. The {@link SatisfactionModel} checks the scores against its dimensions and scale.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ServiceEncounter {
  public abstract Map<ServiceDimension, Integer> expectations();

  public abstract Map<ServiceDimension, Integer> perceptions();

  public static ImmutableServiceEncounter.Builder builder() {
    return ImmutableServiceEncounter.builder();
  }

  /** An encounter rating one dimension; add more with {@link #with}. */
  public static ServiceEncounter of(ServiceDimension dimension, int expected, int perceived) {
    Require.notNull(dimension, "serviceEncounter.dimension");
    return builder().putExpectation(dimension, expected).putPerception(dimension, perceived).build();
  }

  /** This encounter with {@code dimension} rated (or re-rated): expected at {@code expected}, perceived at {@code perceived}. */
  public ServiceEncounter with(ServiceDimension dimension, int expected, int perceived) {
    Require.notNull(dimension, "dimension");
    Map<ServiceDimension, Integer> expectations = new LinkedHashMap<>(expectations());
    Map<ServiceDimension, Integer> perceptions = new LinkedHashMap<>(perceptions());
    expectations.put(dimension, expected);
    perceptions.put(dimension, perceived);
    return builder().expectations(expectations).perceptions(perceptions).build();
  }

  @Value.Check
  protected void check() {
    Require.that(!expectations().isEmpty(), "serviceEncounter.expectations", "must rate at least one dimension",
        expectations());
    Require.that(expectations().keySet().equals(perceptions().keySet()), "serviceEncounter.perceptions",
        "must rate exactly the dimensions that have an expectation " + expectations().keySet(),
        perceptions().keySet());
  }
}
