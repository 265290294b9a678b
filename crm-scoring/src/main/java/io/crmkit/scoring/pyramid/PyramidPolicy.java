package io.crmkit.scoring.pyramid;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where the pyramid's tiers end: by rank (default top 1% key, next 4% major, next 15% ordinary, the
 * remaining 80% small; a tier ends at the rank ceil(cumulative share x n)), or by value thresholds
 * (at least {@code keyMinimum} is key, and so on). Ranks are competition ranks: customers of equal
 * value share the best rank among them, so they always share a tier. The cut-offs are kept by tier
 * ({@link PyramidTier#KEY}, {@link PyramidTier#MAJOR}, {@link PyramidTier#ORDINARY}; small takes the
 * rest).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PyramidPolicy {
  /** The tiers a policy sets a cut-off for: all but {@link PyramidTier#SMALL}, which takes the rest. */
  private static final Set<PyramidTier> CUT_TIERS = Set.of(PyramidTier.KEY, PyramidTier.MAJOR, PyramidTier.ORDINARY);

  /** 1% key, 4% major, 15% ordinary, 80% small. */
  public static final PyramidPolicy DEFAULT = byRank(0.01, 0.04, 0.15);

  /** Shares of customers for key, major and ordinary, by tier (unmodifiable), if tiers are set by rank. */
  public abstract Optional<Map<PyramidTier, Double>> rankShares();

  /** Minimum values in minor units for key, major and ordinary, by tier (unmodifiable), if tiers are set by value. */
  public abstract Optional<Map<PyramidTier, Long>> valueMinimums();

  public static PyramidPolicy byRank(double key, double major, double ordinary) {
    return ImmutablePyramidPolicy.builder().rankShares(byTier(key, major, ordinary)).build();
  }

  public static PyramidPolicy byValue(long keyMinimum, long majorMinimum, long ordinaryMinimum) {
    return ImmutablePyramidPolicy.builder().valueMinimums(byTier(keyMinimum, majorMinimum, ordinaryMinimum))
        .build();
  }

  private static <T> Map<PyramidTier, T> byTier(T key, T major, T ordinary) {
    Map<PyramidTier, T> cutoffs = new EnumMap<>(PyramidTier.class);
    cutoffs.put(PyramidTier.KEY, key);
    cutoffs.put(PyramidTier.MAJOR, major);
    cutoffs.put(PyramidTier.ORDINARY, ordinary);
    return Collections.unmodifiableMap(cutoffs);
  }

  @Value.Check
  protected void check() {
    Require.that(rankShares().isPresent() != valueMinimums().isPresent(), "pyramidPolicy",
        "must set tiers either by rank or by value", "both or neither");
    rankShares().ifPresent(s -> Require.that(s.keySet().equals(CUT_TIERS) && !s.containsValue(null)
        && s.get(PyramidTier.KEY) > 0
        && s.get(PyramidTier.MAJOR) > 0 && s.get(PyramidTier.ORDINARY) > 0
        && s.get(PyramidTier.KEY) + s.get(PyramidTier.MAJOR) + s.get(PyramidTier.ORDINARY) < 1,
        "pyramidPolicy.rankShares", "must be three positive shares adding up to less than 1", s.values()));
    valueMinimums().ifPresent(v -> Require.that(v.keySet().equals(CUT_TIERS) && !v.containsValue(null)
        && v.get(PyramidTier.KEY) > v.get(PyramidTier.MAJOR) && v.get(PyramidTier.MAJOR) > v.get(PyramidTier.ORDINARY)
        && v.get(PyramidTier.ORDINARY) >= 0, "pyramidPolicy.valueMinimums",
        "must be three falling, non-negative minimums", v.values()));
  }

  /**
   * The last competition rank of each tier but small among {@code customers} customers, when tiers
   * are set by rank: ceil(cumulative share x n) (see {@link io.crmkit.scoring.rank.Ranks#lastRankOf});
   * by tier, unmodifiable; empty when tiers are set by value.
   */
  public Optional<Map<PyramidTier, Integer>> lastRanks(int customers) {
    Require.that(customers >= 0, "customers", "must not be negative", customers);
    return rankShares().map(s -> {
      double cumulative = 0;
      int[] last = new int[3];
      PyramidTier[] tiers = {PyramidTier.KEY, PyramidTier.MAJOR, PyramidTier.ORDINARY};
      for (int t = 0; t < 3; t++) {
        cumulative += s.get(tiers[t]);
        last[t] = io.crmkit.scoring.rank.Ranks.lastRankOf(cumulative, customers);
      }
      return byTier(last[0], last[1], last[2]);
    });
  }

  /** A description of the cut-offs for explanations. */
  public String describe() {
    return rankShares().map(s -> String.format(Locale.ROOT,
        "by rank: key top %.0f%%, major next %.0f%%, ordinary next %.0f%%, small the rest",
        100 * s.get(PyramidTier.KEY), 100 * s.get(PyramidTier.MAJOR), 100 * s.get(PyramidTier.ORDINARY)))
        .orElseGet(() -> "by value: key from " + valueMinimums().get().get(PyramidTier.KEY) + ", major from "
            + valueMinimums().get().get(PyramidTier.MAJOR) + ", ordinary from "
            + valueMinimums().get().get(PyramidTier.ORDINARY) + " (minor units)");
  }
}
