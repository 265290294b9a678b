package io.crmkit.scoring.pyramid;

import io.crmkit.core.value.CrmStyle;
import io.crmkit.core.value.Require;
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

  public abstract Optional<double[]> rankShares();

  /** Minimum values in minor units for key, major and ordinary, if tiers are set by value. */
  public abstract Optional<long[]> valueMinimums();

  public static PyramidPolicy byRank(double key, double major, double ordinary) {
    return ImmutablePyramidPolicy.builder().rankShares(new double[] {key, major, ordinary}).build();
  }

  public static PyramidPolicy byValue(long keyMinimum, long majorMinimum, long ordinaryMinimum) {
    return ImmutablePyramidPolicy.builder().valueMinimums(new long[] {keyMinimum, majorMinimum, ordinaryMinimum})
        .build();
  }

  @Value.Check
  protected void check() {
    Require.that(rankShares().isPresent() != valueMinimums().isPresent(), "pyramidPolicy",
        "must set tiers either by rank or by value", "both or neither");
    rankShares().ifPresent(s -> Require.that(s.length == 3 && s[0] > 0 && s[1] > 0 && s[2] > 0
        && s[0] + s[1] + s[2] < 1, "pyramidPolicy.rankShares",
        "must be three positive shares adding up to less than 1", java.util.Arrays.toString(s)));
    valueMinimums().ifPresent(v -> Require.that(v.length == 3 && v[0] > v[1] && v[1] > v[2] && v[2] >= 0,
        "pyramidPolicy.valueMinimums", "must be three falling, non-negative minimums",
        java.util.Arrays.toString(v)));
  }

  /** A description of the cut-offs for explanations. */
  public String describe() {
    return rankShares().map(s -> String.format(java.util.Locale.ROOT,
        "by rank: key top %.0f%%, major next %.0f%%, ordinary next %.0f%%, small the rest",
        100 * s[0], 100 * s[1], 100 * s[2]))
        .orElseGet(() -> "by value: key from " + valueMinimums().get()[0] + ", major from "
            + valueMinimums().get()[1] + ", ordinary from " + valueMinimums().get()[2] + " (minor units)");
  }
}
