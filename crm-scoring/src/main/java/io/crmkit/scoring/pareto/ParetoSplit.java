package io.crmkit.scoring.pareto;

import io.crmkit.core.validation.CrmStyle;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The actual 80/20 split of a customer base, the figures a manager reads instead of the heuristic:
 * the value share of the top 20% of customers, the share of customers that brings 80% of the value,
 * and the Gini coefficient.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ParetoSplit {
  public abstract int customers();

  /** The base's total value in minor units. */
  public abstract long totalMinor();

  /** The share of value the top 20% of customers bring. */
  public abstract double topFifthValueShare();

  /** The smallest share of customers (the most valuable first) that brings 80% of the value. */
  public abstract double customerShareForFourFifths();

  public abstract double gini();

  /** The split in words a manager understands. */
  public String describe() {
    return String.format(Locale.ROOT, "The top 20%% of customers bring %.1f%% of the value; 80%% of the value "
        + "comes from %.1f%% of the customers (the 80/20 rule is a heuristic: here it is %.0f/80). "
        + "Gini coefficient %.3f.", 100 * topFifthValueShare(), 100 * customerShareForFourFifths(),
        100 * customerShareForFourFifths(), gini());
  }
}
