package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Running perception means per dimension from {@link PerceptionSample}s on one scale; exact sums,
 * order-independent and mergeable.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PerceptionLog {
  public abstract RatingScale scale();

  @Value.NaturalOrder
  public abstract SortedMap<ServiceDimension, Long> counts();

  @Value.NaturalOrder
  public abstract SortedMap<ServiceDimension, Long> sums();

  /** An empty log for samples on {@code scale}. */
  public static PerceptionLog on(RatingScale scale) {
    return ImmutablePerceptionLog.builder().scale(scale).build();
  }

  /** This log with one more sample, which must be on the log's scale. */
  public PerceptionLog plus(PerceptionSample sample) {
    Require.notNull(sample, "sample");
    Require.that(sample.scale().equals(scale()), "sample.scale", "must be the log's scale " + scale(),
        sample.scale());
    Map<ServiceDimension, Long> counts = new TreeMap<>(counts());
    Map<ServiceDimension, Long> sums = new TreeMap<>(sums());
    counts.merge(sample.dimension(), 1L, Long::sum);
    sums.merge(sample.dimension(), (long) sample.score(), Long::sum);
    return ImmutablePerceptionLog.builder().scale(scale()).counts(counts).sums(sums).build();
  }

  /** The mean perception on a dimension; empty without samples. */
  public Optional<Double> mean(ServiceDimension dimension) {
    Long n = counts().get(dimension);
    return n == null ? Optional.empty() : Optional.of((double) sums().get(dimension) / n);
  }

  /** How many samples a dimension has. */
  public long count(ServiceDimension dimension) {
    return counts().getOrDefault(dimension, 0L);
  }
}
