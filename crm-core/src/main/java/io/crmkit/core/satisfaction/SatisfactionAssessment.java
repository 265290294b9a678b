package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The satisfaction of one encounter: per dimension the gap and outcome, and overall the
 * importance-weighted gap (sum of weight x gap over the sum of weights) and its outcome.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SatisfactionAssessment {
  public abstract List<DimensionGap> gaps();

  public abstract double weightedGap();

  public abstract SatisfactionOutcome outcome();

  /** The gap table as text: one line per dimension, then the overall outcome. */
  public String describe() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-24s %8s %10s %5s  %s%n",
        "dimension", "expected", "perceived", "gap", "outcome"));
    for (DimensionGap g : gaps()) {
      text.append(String.format(Locale.ROOT, "%-24s %8d %10d %+5d  %s%n", g.dimension().title(),
          g.expectation(), g.perception(), g.gap(), g.outcome()));
    }
    text.append(String.format(Locale.ROOT, "overall (importance-weighted gap %+.2f): %s%n", weightedGap(),
        outcome()));
    return text.toString();
  }
}
