package io.crmkit.scoring.rfm;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * A named RFM segment as data: score ranges for R, F and M (inclusive, 1-5). Segments are tried in
 * order; the first that matches wins. {@link #DEFAULTS} is the set documented in the README; hosts
 * pass their own list.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class RfmSegment {
  /** Champions, loyal, new, promising, at risk, cannot lose, hibernating, lost; the catch-all last. */
  public static final List<RfmSegment> DEFAULTS = List.of(
      of("champions", 5, 5, 4, 5, 4, 5),
      of("loyal", 3, 5, 4, 5, 1, 5),
      of("new", 5, 5, 1, 1, 1, 5),
      of("promising", 4, 5, 1, 3, 1, 5),
      of("cannot lose", 1, 2, 5, 5, 4, 5),
      of("at risk", 1, 2, 3, 5, 1, 5),
      of("needs attention", 3, 3, 1, 3, 1, 5),
      of("hibernating", 2, 2, 1, 2, 1, 5),
      of("lost", 1, 1, 1, 2, 1, 5));

  public abstract String name();

  public abstract int rMin();

  public abstract int rMax();

  public abstract int fMin();

  public abstract int fMax();

  public abstract int mMin();

  public abstract int mMax();

  public static RfmSegment of(String name, int rMin, int rMax, int fMin, int fMax, int mMin, int mMax) {
    return ImmutableRfmSegment.builder().name(name).rMin(rMin).rMax(rMax).fMin(fMin).fMax(fMax).mMin(mMin)
        .mMax(mMax).build();
  }

  @Value.Check
  protected void check() {
    Require.text(name(), "rfmSegment.name");
    int[][] ranges = {{rMin(), rMax()}, {fMin(), fMax()}, {mMin(), mMax()}};
    for (int[] r : ranges) {
      Require.that(r[0] >= 1 && r[0] <= r[1] && r[1] <= 5, "rfmSegment." + name(),
          "score ranges must satisfy 1 <= min <= max <= 5", r[0] + ".." + r[1]);
    }
  }

  /**
   * The position in {@code segments} of the first segment matching the scores, or
   * {@code segments.size()} when none does (the customer is one of {@link RfmAnalysis#OTHERS}).
   */
  public static int firstMatch(List<RfmSegment> segments, int r, int f, int m) {
    for (int k = 0; k < segments.size(); k++) {
      if (segments.get(k).matches(r, f, m)) {
        return k;
      }
    }
    return segments.size();
  }

  /** The name of the first segment matching the scores, or {@link RfmAnalysis#OTHERS}. */
  public static String nameFor(List<RfmSegment> segments, int r, int f, int m) {
    int k = firstMatch(segments, r, f, m);
    return k < segments.size() ? segments.get(k).name() : RfmAnalysis.OTHERS;
  }

  public boolean matches(int r, int f, int m) {
    return r >= rMin() && r <= rMax() && f >= fMin() && f <= fMax() && m >= mMin() && m <= mMax();
  }
}
