package io.crmkit.scoring.clv.history;

import io.crmkit.core.validation.Require;
import java.util.Arrays;

/**
 * The distinct (frequency, recency, age) histories of a cohort with how many customers share each,
 * ordered by frequency, then recency, then age. A model's likelihood depends on a customer only
 * through this triple, so fitting on it costs what the number of distinct histories costs, not the
 * number of customers. Times are kept in whole days and read in the model's {@link PeriodUnit}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DistinctHistories {
  private static final int DAY_BITS = 21;
  private static final long DAY_MASK = (1L << DAY_BITS) - 1;

  private final PeriodUnit unit;
  private final int[] frequency;
  private final int[] recencyDays;
  private final int[] ageDays;
  private final int[] count;
  private final long customers;
  private final int maxAgeDays;

  private DistinctHistories(PeriodUnit unit, int[] frequency, int[] recencyDays, int[] ageDays, int[] count) {
    this.unit = unit;
    this.frequency = frequency;
    this.recencyDays = recencyDays;
    this.ageDays = ageDays;
    this.count = count;
    long total = 0;
    int maxAge = 0;
    for (int i = 0; i < count.length; i++) {
      total += count[i];
      maxAge = Math.max(maxAge, ageDays[i]);
    }
    this.customers = total;
    this.maxAgeDays = maxAge;
  }

  /**
   * Groups per-customer histories (frequency, recency and age in days, each customer's recency at
   * most its age) into distinct ones.
   */
  public static DistinctHistories of(int[] frequency, int[] recencyDays, int[] ageDays, PeriodUnit unit) {
    Require.notNull(frequency, "frequency");
    Require.notNull(recencyDays, "recencyDays");
    Require.notNull(ageDays, "ageDays");
    Require.notNull(unit, "unit");
    int n = frequency.length;
    Require.that(recencyDays.length == n && ageDays.length == n, "histories",
        "must give frequency, recency and age for the same customers", n + "/" + recencyDays.length + "/"
            + ageDays.length);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      check(frequency[i], recencyDays[i], ageDays[i]);
      keys[i] = ((long) frequency[i] << (2 * DAY_BITS)) | ((long) recencyDays[i] << DAY_BITS) | ageDays[i];
    }
    Arrays.sort(keys);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        distinct++;
      }
    }
    int[] f = new int[distinct];
    int[] r = new int[distinct];
    int[] a = new int[distinct];
    int[] c = new int[distinct];
    int k = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        k++;
        f[k] = (int) (keys[i] >>> (2 * DAY_BITS));
        r[k] = (int) ((keys[i] >>> DAY_BITS) & DAY_MASK);
        a[k] = (int) (keys[i] & DAY_MASK);
      }
      c[k]++;
    }
    return new DistinctHistories(unit, f, r, a, c);
  }

  private static void check(int frequency, int recencyDays, int ageDays) {
    Require.that(frequency >= 0 && frequency < (1 << DAY_BITS), "history.frequency", "must lie within 0.."
        + ((1 << DAY_BITS) - 1), frequency);
    Require.that(ageDays >= 0 && ageDays <= DAY_MASK, "history.age", "must lie within 0.." + DAY_MASK + " days",
        ageDays);
    Require.that(recencyDays >= 0 && recencyDays <= ageDays, "history.recency", "must lie within 0..age ("
        + ageDays + " days)", recencyDays);
    Require.that(frequency > 0 || recencyDays == 0, "history.recency",
        "must be 0 for a customer without repeat purchases", recencyDays);
  }

  /**
   * Every {@code step}-th distinct history, with its count: a smaller problem of the same shape,
   * for finding a starting point quickly. {@code step} 1 returns this.
   */
  public DistinctHistories everyNth(int step) {
    Require.that(step >= 1, "step", "must be at least 1", step);
    if (step == 1) {
      return this;
    }
    int m = (size() + step - 1) / step;
    int[] f = new int[m];
    int[] r = new int[m];
    int[] a = new int[m];
    int[] c = new int[m];
    for (int i = 0, k = 0; i < size(); i += step, k++) {
      f[k] = frequency[i];
      r[k] = recencyDays[i];
      a[k] = ageDays[i];
      c[k] = count[i];
    }
    return new DistinctHistories(unit, f, r, a, c);
  }

  /** The number of distinct histories. */
  public int size() {
    return count.length;
  }

  /** The number of customers they describe. */
  public long customers() {
    return customers;
  }

  public PeriodUnit unit() {
    return unit;
  }

  public int frequency(int i) {
    return frequency[i];
  }

  public int recencyDays(int i) {
    return recencyDays[i];
  }

  public int ageDays(int i) {
    return ageDays[i];
  }

  /** How many customers have history {@code i}. */
  public int count(int i) {
    return count[i];
  }

  /** The largest age, in days. */
  public int maxAgeDays() {
    return maxAgeDays;
  }

  /** The mean frequency and mean age (in the model's unit) of the customers: for starting points. */
  public double meanFrequency() {
    double sum = 0;
    for (int i = 0; i < size(); i++) {
      sum += (double) frequency[i] * count[i];
    }
    return sum / Math.max(1, customers);
  }

  public double meanAge() {
    double sum = 0;
    for (int i = 0; i < size(); i++) {
      sum += (double) ageDays[i] * count[i];
    }
    return unit.fromDays(sum / Math.max(1, customers));
  }

  @Override
  public String toString() {
    return "DistinctHistories{" + size() + " distinct of " + customers + " customers, in " + unit.name() + "}";
  }
}
