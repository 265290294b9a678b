package io.crmkit.scoring.pyramid;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the pyramid's tiers end: by rank (default top 1% key, next 4% major, next 15% ordinary, the
 * remaining 80% small; a tier ends at the rank ceil(cumulative share x n)), or by value thresholds
 * (at least {@code keyMinimum} is key, and so on). Ranks are competition ranks: customers of equal
 * value share the best rank among them, so they always share a tier.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PyramidPolicy {
  /** 1% key, 4% major, 15% ordinary, 80% small. */
  public static final PyramidPolicy DEFAULT = byRank(0.01, 0.04, 0.15);

  /** Shares of customers for key, major and ordinary, if tiers are set by rank. */
  public abstract Optional<List<Double>> rankShares();

  /** Minimum values in minor units for key, major and ordinary, if tiers are set by value. */
  public abstract Optional<List<Long>> valueMinimums();

  public static PyramidPolicy byRank(double key, double major, double ordinary) {
    return ImmutablePyramidPolicy.builder().rankShares(List.of(key, major, ordinary)).build();
  }

  public static PyramidPolicy byValue(long keyMinimum, long majorMinimum, long ordinaryMinimum) {
    return ImmutablePyramidPolicy.builder().valueMinimums(List.of(keyMinimum, majorMinimum, ordinaryMinimum))
        .build();
  }

  @Value.Check
  protected void check() {
    Require.that(rankShares().isPresent() != valueMinimums().isPresent(), "pyramidPolicy",
        "must set tiers either by rank or by value", "both or neither");
    rankShares().ifPresent(s -> Require.that(s.size() == 3 && s.get(0) > 0 && s.get(1) > 0 && s.get(2) > 0
        && s.get(0) + s.get(1) + s.get(2) < 1, "pyramidPolicy.rankShares",
        "must be three positive shares adding up to less than 1", s));
    valueMinimums().ifPresent(v -> Require.that(v.size() == 3 && v.get(0) > v.get(1) && v.get(1) > v.get(2)
        && v.get(2) >= 0, "pyramidPolicy.valueMinimums", "must be three falling, non-negative minimums", v));
  }

  /** A description of the cut-offs for explanations. */
  public String describe() {
    return rankShares().map(s -> String.format(java.util.Locale.ROOT,
        "by rank: key top %.0f%%, major next %.0f%%, ordinary next %.0f%%, small the rest",
        100 * s.get(0), 100 * s.get(1), 100 * s.get(2)))
        .orElseGet(() -> "by value: key from " + valueMinimums().get().get(0) + ", major from "
            + valueMinimums().get().get(1) + ", ordinary from " + valueMinimums().get().get(2) + " (minor units)");
  }
}
