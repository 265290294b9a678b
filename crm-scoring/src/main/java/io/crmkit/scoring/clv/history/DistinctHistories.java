package io.crmkit.scoring.clv.history;

import io.crmkit.core.validation.Require;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The distinct (frequency, recency, age) histories of a cohort with how many customers share each,
 * ordered by frequency, then recency, then age. A model's likelihood depends on a customer only
 * through this triple, so fitting on it costs what the number of distinct histories costs, not the
 * number of customers. Times are kept in whole days and read in the model's {@link PeriodUnit}.
 *
 * <p>A mergeable partial: the histories of disjoint groups of customers (partitions of a
 * distributed data set, chunks of a stream), each gathered with a {@link Builder} and combined with
 * {@link #merge}, equal those of all the customers gathered at once, in any order of merging. Only
 * the distinct histories travel, never one row per customer. Serializable (its histories and
 * counts, validated again when read).
 *
 * <p>Immutable and thread-safe.
 */
public final class DistinctHistories implements Serializable {
  private static final long serialVersionUID = 1L;
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
    Builder builder = builder(unit);
    for (int i = 0; i < n; i++) {
      builder.add(frequency[i], recencyDays[i], ageDays[i]);
    }
    return builder.build();
  }

  /**
   * Distinct histories from rows of (frequency, recency days, age days, how many customers), in any
   * order and with repeats allowed (repeated rows add up): what a distributed engine's group-by of
   * the triples returns. Each count must be at least 1.
   */
  public static DistinctHistories ofCounts(int[] frequency, int[] recencyDays, int[] ageDays, long[] counts,
      PeriodUnit unit) {
    Require.notNull(frequency, "frequency");
    Require.notNull(recencyDays, "recencyDays");
    Require.notNull(ageDays, "ageDays");
    Require.notNull(counts, "counts");
    Require.notNull(unit, "unit");
    int n = frequency.length;
    Require.that(recencyDays.length == n && ageDays.length == n && counts.length == n, "histories",
        "must give frequency, recency, age and count for the same rows", n + "/" + recencyDays.length + "/"
            + ageDays.length + "/" + counts.length);
    Builder builder = builder(unit);
    for (int i = 0; i < n; i++) {
      builder.add(frequency[i], recencyDays[i], ageDays[i], counts[i]);
    }
    return builder.build();
  }

  /** An empty collector of histories in {@code unit}: one per partition or thread. */
  public static Builder builder(PeriodUnit unit) {
    return new Builder(Require.notNull(unit, "unit"));
  }

  /**
   * Collects customers' histories one at a time, keeping memory proportional to the distinct
   * histories seen (plus a buffer), not to the customers: a partition's partial aggregate. Not
   * thread-safe: use one per partition or thread, then {@link DistinctHistories#merge} the results.
   */
  public static final class Builder {
    private static final int MIN_BUFFER = 1 << 14;
    private final PeriodUnit unit;
    /** Histories added since the last compaction, packed keys with their counts. */
    private long[] pendingKeys = new long[256];
    private long[] pendingCounts = new long[256];
    private int pendingSize;
    /** Whether every pending count is 1 (then a plain sort of the keys suffices). */
    private boolean pendingSingles = true;
    /** Sorted distinct keys with counts, from earlier compactions. */
    private long[] keys = new long[0];
    private long[] counts = new long[0];

    private Builder(PeriodUnit unit) {
      this.unit = unit;
    }

    /** Adds one customer's history (frequency, recency days, age days). */
    public Builder add(int frequency, int recencyDays, int ageDays) {
      return add(frequency, recencyDays, ageDays, 1);
    }

    /** Adds {@code count} customers (at least 1) who share one history. */
    public Builder add(int frequency, int recencyDays, int ageDays, long count) {
      check(frequency, recencyDays, ageDays);
      Require.that(count >= 1 && count <= Integer.MAX_VALUE, "history.count", "must lie within 1.."
          + Integer.MAX_VALUE, count);
      if (pendingSize == pendingKeys.length) {
        if (pendingSize >= Math.max(MIN_BUFFER, keys.length)) {
          compact();
        } else {
          pendingKeys = Arrays.copyOf(pendingKeys, pendingKeys.length * 2);
          pendingCounts = Arrays.copyOf(pendingCounts, pendingCounts.length * 2);
        }
      }
      pendingKeys[pendingSize] = key(frequency, recencyDays, ageDays);
      pendingCounts[pendingSize++] = count;
      pendingSingles &= count == 1;
      return this;
    }

    /** The distinct histories added so far. The builder can go on collecting. */
    public DistinctHistories build() {
      compact();
      return fromSorted(unit, keys, counts, keys.length);
    }

    private void compact() {
      if (pendingSize == 0) {
        return;
      }
      if (pendingSingles) {
        Arrays.sort(pendingKeys, 0, pendingSize);
      } else {
        sortPairs(pendingKeys, pendingCounts, pendingSize);
      }
      long[] k = new long[pendingSize];
      long[] c = new long[pendingSize];
      int m = -1;
      for (int i = 0; i < pendingSize; i++) {
        if (i == 0 || pendingKeys[i] != pendingKeys[i - 1]) {
          k[++m] = pendingKeys[i];
          c[m] = pendingCounts[i];
        } else {
          c[m] = checkedCount(c[m] + pendingCounts[i]);
        }
      }
      pendingSize = 0;
      pendingSingles = true;
      long[][] merged = mergeSorted(keys, counts, keys.length, k, c, m + 1);
      keys = merged[0];
      counts = merged[1];
    }
  }

  /** Sorts {@code keys[0..n)} ascending, carrying {@code counts} along (a bottom-up merge sort). */
  private static void sortPairs(long[] keys, long[] counts, int n) {
    long[] k = keys;
    long[] c = counts;
    long[] tk = new long[n];
    long[] tc = new long[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        for (int m = lo; m < hi; m++) {
          if (j >= hi || (i < mid && k[i] <= k[j])) {
            tk[m] = k[i];
            tc[m] = c[i++];
          } else {
            tk[m] = k[j];
            tc[m] = c[j++];
          }
        }
      }
      long[] swapK = k;
      k = tk;
      tk = swapK;
      long[] swapC = c;
      c = tc;
      tc = swapC;
    }
    if (k != keys) {
      System.arraycopy(k, 0, keys, 0, n);
      System.arraycopy(c, 0, counts, 0, n);
    }
  }

  /**
   * The histories of both partials together, counts added where a history occurs in both. Both
   * must be in the same unit. The result does not depend on the order of merging.
   */
  public DistinctHistories merge(DistinctHistories other) {
    Require.notNull(other, "other");
    Require.that(other.unit.equals(unit), "other.unit", "must be this partial's unit " + unit.name(),
        other.unit.name());
    long[] a = keys();
    long[] b = other.keys();
    long[][] merged = mergeSorted(a, counts(), a.length, b, other.counts(), b.length);
    return fromSorted(unit, merged[0], merged[1], merged[0].length);
  }

  private long[] keys() {
    long[] k = new long[size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = key(frequency[i], recencyDays[i], ageDays[i]);
    }
    return k;
  }

  private long[] counts() {
    long[] c = new long[size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = count[i];
    }
    return c;
  }

  /** Merges two sorted (key, count) lists, adding the counts of equal keys. */
  private static long[][] mergeSorted(long[] ak, long[] ac, int an, long[] bk, long[] bc, int bn) {
    long[] k = new long[an + bn];
    long[] c = new long[an + bn];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < an || j < bn) {
      if (j == bn || (i < an && ak[i] < bk[j])) {
        k[m] = ak[i];
        c[m++] = ac[i++];
      } else if (i == an || bk[j] < ak[i]) {
        k[m] = bk[j];
        c[m++] = bc[j++];
      } else {
        k[m] = ak[i];
        c[m++] = checkedCount(ac[i++] + bc[j++]);
      }
    }
    return new long[][] {Arrays.copyOf(k, m), Arrays.copyOf(c, m)};
  }

  private static long checkedCount(long count) {
    Require.that(count > 0 && count <= Integer.MAX_VALUE, "history.count",
        "must stay within 1.." + Integer.MAX_VALUE + " customers per distinct history", count);
    return count;
  }

  private static long key(int frequency, int recencyDays, int ageDays) {
    return ((long) frequency << (2 * DAY_BITS)) | ((long) recencyDays << DAY_BITS) | ageDays;
  }

  private static DistinctHistories fromSorted(PeriodUnit unit, long[] keys, long[] counts, int size) {
    int[] f = new int[size];
    int[] r = new int[size];
    int[] a = new int[size];
    int[] c = new int[size];
    for (int i = 0; i < size; i++) {
      f[i] = (int) (keys[i] >>> (2 * DAY_BITS));
      r[i] = (int) ((keys[i] >>> DAY_BITS) & DAY_MASK);
      a[i] = (int) (keys[i] & DAY_MASK);
      c[i] = (int) counts[i];
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

  /** Equal when the unit, the distinct histories and their counts are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DistinctHistories h && h.unit.equals(unit) && Arrays.equals(h.frequency, frequency)
        && Arrays.equals(h.recencyDays, recencyDays) && Arrays.equals(h.ageDays, ageDays)
        && Arrays.equals(h.count, count);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * unit.hashCode() + Arrays.hashCode(count)) + Arrays.hashCode(ageDays);
  }

  private Object writeReplace() {
    return new SerializedForm(unit, frequency, recencyDays, ageDays, count);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("DistinctHistories is read through its serialized form");
  }

  /** What travels: the columns, rebuilt and validated through {@link #ofCounts} when read. */
  private record SerializedForm(PeriodUnit unit, int[] frequency, int[] recencyDays, int[] ageDays, int[] count)
      implements Serializable {
    private Object readResolve() {
      long[] counts = new long[count.length];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = count[i];
      }
      return ofCounts(frequency, recencyDays, ageDays, counts, unit);
    }
  }

  @Override
  public String toString() {
    return "DistinctHistories{" + size() + " distinct of " + customers + " customers, in " + unit.name() + "}";
  }
}
