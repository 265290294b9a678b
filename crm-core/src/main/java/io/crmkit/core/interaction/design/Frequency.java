package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.Require;

/**
 * How often a channel is used in a design (频率): {@code times} occasions in every {@code perDays}
 * days, e.g. twice a week, once in thirty days.
 *
 * <p>Immutable and thread-safe.
 *
 * @param times occasions per period, at least 1
 * @param perDays the period in days, at least 1
 */
public record Frequency(int times, int perDays) {

  /** Validates both fields; more than one occasion a day is not a cadence a customer accepts. */
  public Frequency {
    Require.that(times >= 1, "frequency.times", "must be at least 1", times);
    Require.that(perDays >= 1, "frequency.perDays", "must be at least 1", perDays);
    Require.that(times <= perDays, "frequency.times", "must be at most one occasion a day (" + perDays
        + " in " + perDays + " days)", times);
  }

  /** Once in {@code days} days: a single occasion in a short design, a monthly letter in a long one. */
  public static Frequency once(int days) {
    return new Frequency(1, days);
  }

  /** {@code times} a week. */
  public static Frequency weekly(int times) {
    return new Frequency(times, 7);
  }

  /** Occasions in a design that runs {@code days} days, rounded down, at least one. */
  public int occasionsIn(int days) {
    Require.that(days >= 1, "days", "must be at least 1", days);
    return Math.max(1, (int) ((long) times * days / perDays));
  }

  /** The frequency in words: {@code 2 times per 7 days}. */
  public String describe() {
    return times + (times == 1 ? " time per " : " times per ") + perDays + (perDays == 1 ? " day" : " days");
  }
}
