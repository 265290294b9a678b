package io.crmkit.scoring.clv.bgnbd;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hold-out check of a BG/NBD forecast (Fader, Hardie and Lee 2005, section 7): for the
 * customers of a calibration period, the repeat purchases they were expected to make in the
 * hold-out period against those they made, in total and grouped by their calibration frequency
 * (the paper's conditional-expectation plot). Immutable.
 */
public final class HoldoutComparison {
  /** One group of customers with the same calibration frequency (the last group: that many or more). */
  public record Group(int frequency, boolean orMore, int customers, long actual, double expected) {
    public double actualMean() {
      return customers == 0 ? 0 : actual / (double) customers;
    }

    public double expectedMean() {
      return customers == 0 ? 0 : expected / customers;
    }

    /** {@code "3"} or {@code "7+"}. */
    public String label() {
      return frequency + (orMore ? "+" : "");
    }
  }

  private final double length;
  private final long actual;
  private final double expected;
  private final List<Group> groups;

  private HoldoutComparison(double length, long actual, double expected, List<Group> groups) {
    this.length = length;
    this.actual = actual;
    this.expected = expected;
    this.groups = List.copyOf(groups);
  }

  /**
   * Compares the model's expectations with the hold-out of {@code histories}, grouping calibration
   * frequencies 0 .. {@code openGroup - 1} apart and {@code openGroup} or more together.
   */
  public static HoldoutComparison of(BgNbdModel model, PurchaseHistories histories, int openGroup) {
    Require.notNull(model, "model");
    Require.notNull(histories, "histories");
    Require.that(histories.hasHoldout(), "histories", "must have a hold-out period (PurchaseHistories.split)",
        "calibration only");
    Require.that(openGroup >= 1 && openGroup <= 1000, "openGroup", "must lie within 1..1000", openGroup);
    Require.that(histories.unit().equals(model.unit()), "histories.unit", "must be the model's unit "
        + model.unit().name(), histories.unit().name());
    double t = histories.holdoutLength();
    int[] customers = new int[openGroup + 1];
    long[] actual = new long[openGroup + 1];
    double[] expected = new double[openGroup + 1];
    PurchaseCurves curves = model.curves(t);
    double[] out = new double[1];
    for (int i = 0; i < histories.customers(); i++) {
      int x = histories.frequency(i);
      int g = Math.min(x, openGroup);
      curves.fill(x, histories.recency(i), histories.age(i), out);
      customers[g]++;
      actual[g] += histories.holdoutPurchases(i);
      expected[g] += out[0];
    }
    List<Group> groups = new ArrayList<>();
    long totalActual = 0;
    double totalExpected = 0;
    for (int g = 0; g <= openGroup; g++) {
      groups.add(new Group(g, g == openGroup, customers[g], actual[g], expected[g]));
      totalActual += actual[g];
      totalExpected += expected[g];
    }
    return new HoldoutComparison(t, totalActual, totalExpected, groups);
  }

  /** The hold-out period's length in the model's unit. */
  public double length() {
    return length;
  }

  /** Repeat purchase occasions made in the hold-out period, all customers together. */
  public long actual() {
    return actual;
  }

  /** Repeat purchases the model expected in the hold-out period, all customers together. */
  public double expected() {
    return expected;
  }

  /** The groups by calibration frequency, 0 first. */
  public List<Group> groups() {
    return groups;
  }

  /** A table: frequency, customers, actual mean, expected mean. */
  public String table() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-5s %9s %8s %9s%n", "x", "customers", "actual",
        "expected"));
    for (Group g : groups) {
      b.append(String.format(Locale.ROOT, "%-5s %9d %8.3f %9.3f%n", g.label(), g.customers(), g.actualMean(),
          g.expectedMean()));
    }
    return b.append(String.format(Locale.ROOT, "total %9s %8d %9.1f%n", "", actual, expected)).toString();
  }
}
