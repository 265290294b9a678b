package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a survey says: per dimension the means, gap and spread; the dimensions to fix first (largest
 * weighted negative gap first); and CSAT, NPS and CES. A survey with no responses says so.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SurveyReport {
  public abstract long responses();

  /** One summary per dimension that has answers, in the model's order. */
  public abstract List<DimensionSummary> dimensions();

  public abstract SurveyMetric csat();

  public abstract SurveyMetric nps();

  public abstract SurveyMetric ces();

  /** Dimensions where perception falls short, the costliest shortfall first (ties by key). */
  public List<DimensionSummary> fixFirst() {
    return dimensions().stream().filter(d -> d.weightedNegativeGap() > 0)
        .sorted(Comparator.comparingDouble(DimensionSummary::weightedNegativeGap).reversed()
            .thenComparing(DimensionSummary::dimension))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The report as a table and three metric lines. */
  public String describe() {
    if (responses() == 0) {
      return "no responses\n";
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d responses%n", responses()));
    text.append(String.format(Locale.ROOT, "%-24s %6s %9s %10s %6s %7s  %s%n", "dimension", "count", "expected",
        "perceived", "gap", "spread", "outcome"));
    for (DimensionSummary d : dimensions()) {
      text.append(String.format(Locale.ROOT, "%-24s %6d %9.2f %10.2f %+6.2f %7.2f  %s%n", d.dimension().title(),
          d.count(), d.meanExpectation(), d.meanPerception(), d.gap(), d.gapSpread(), d.outcome()));
    }
    text.append("fix first: ").append(fixFirst().isEmpty() ? "nothing falls short"
        : fixFirst().stream().map(d -> d.dimension().title()).collect(Collectors.joining(", "))).append('\n');
    text.append(csat().describe()).append("; ").append(nps().describe()).append("; ").append(ces().describe())
        .append('\n');
    return text.toString();
  }
}
