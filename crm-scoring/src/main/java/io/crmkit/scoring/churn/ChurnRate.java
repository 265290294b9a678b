package io.crmkit.scoring.churn;

import io.crmkit.core.validation.Require;
import java.util.Locale;
import java.util.Optional;

/**
 * Full and partial churn of a group of customers: a period or a segment ({@code label}), how many
 * customers it counts, how many of them churned fully and how many partially.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the period ({@code 1997-01-01..1997-03-31}) or the segment ({@code KEY})
 * @param customers the customers counted
 * @param full of them, full churns
 * @param partial of them, partial churns
 */
public record ChurnRate(String label, int customers, int full, int partial) {
  public ChurnRate {
    Require.text(label, "churnRate.label");
    Require.that(customers >= 0, "churnRate.customers", "must not be negative", customers);
    Require.that(full >= 0 && partial >= 0 && full + partial <= customers, "churnRate.full",
        "must be within 0..customers together with partial", full + "+" + partial + " of " + customers);
  }

  /** Full churns over customers; empty when nobody was counted. */
  public Optional<Double> fullRate() {
    return customers == 0 ? Optional.empty() : Optional.of(full / (double) customers);
  }

  /** Partial churns over customers; empty when nobody was counted. */
  public Optional<Double> partialRate() {
    return customers == 0 ? Optional.empty() : Optional.of(partial / (double) customers);
  }

  /** The rate as a line: {@code KEY: 12 customers, full 1 (8.3%), partial 3 (25.0%)}. */
  public String describe() {
    return label + ": " + customers + " customers, full " + full + " (" + percent(fullRate()) + "), partial "
        + partial + " (" + percent(partialRate()) + ")";
  }

  private static String percent(Optional<Double> rate) {
    return rate.map(r -> String.format(Locale.ROOT, "%.1f%%", 100 * r)).orElse("n/a");
  }
}
