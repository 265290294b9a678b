package io.crmkit.spark;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.RankedValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * crm-scoring's {@link RankedValues} over a Spark column of per-customer values (non-negative
 * longs): the values sorted in descending order across range partitions, each tagged with its exact
 * position and the exact sum of the values before it. A count and two passes build it: one collects every
 * partition's count and sum (one pair per partition reaches the driver), the other numbers the rows
 * from the partitions' offsets. Every question is then answered exactly: a value or a sum at a
 * batch of positions reads only the partitions holding them and returns those rows; counts are one
 * pass returning one count per question and partition. Nothing proportional to the customers reaches
 * the driver, and no quantile is estimated.
 *
 * <p>Holds its rows cached; {@link #close()} releases them. Not thread-safe.
 */
public final class DistributedRanking implements RankedValues, AutoCloseable {
  /** Positions a search asks a round: three rounds cover 16 million customers. */
  static final int SEARCH_BATCH = 255;

  /** {position, value, sum of the values before}, descending by value. */
  private final JavaRDD<long[]> ranked;
  private final int size;
  private final long total;
  /** The position of each partition's first row; one more entry for the end. */
  private final long[] starts;

  private DistributedRanking(JavaRDD<long[]> ranked, int size, long total, long[] starts) {
    this.ranked = ranked;
    this.size = size;
    this.total = total;
    this.starts = starts;
  }

  /**
   * Values a sorted partition holds at least, unless the input has fewer partitions: a search round
   * costs a task per partition, so a small base is not spread over a cluster's 200 shuffle partitions.
   */
  static final long VALUES_PER_PARTITION = 250_000;

  /** Ranks the long values of {@code column} (one per customer, none null); each must be non-negative. */
  public static DistributedRanking of(Dataset<Row> rows, String column) {
    return of(rows, column, VALUES_PER_PARTITION);
  }

  /** As {@link #of(Dataset, String)}, with at least {@code valuesPerPartition} values a sorted partition. */
  static DistributedRanking of(Dataset<Row> rows, String column, long valuesPerPartition) {
    Require.notNull(rows, "rows");
    Require.text(column, "column");
    JavaRDD<Long> values = rows.select(column).as(Encoders.LONG()).javaRDD();
    long customers = values.count();
    int partitions = (int) Math.max(1, Math.min(values.getNumPartitions(),
        (customers + valuesPerPartition - 1) / valuesPerPartition));
    JavaRDD<Long> sorted = values.sortBy(v -> v, false, partitions).persist(StorageLevel.MEMORY_AND_DISK());
    List<long[]> perPartition = sorted.mapPartitionsWithIndex((index, it) -> {
      long count = 0;
      long sum = 0;
      long min = Long.MAX_VALUE;
      while (it.hasNext()) {
        long v = it.next();
        count++;
        sum = Math.addExact(sum, v);
        min = Math.min(min, v);
      }
      return List.of(new long[] {index, count, sum, min}).iterator();
    }, true).collect();
    int p = sorted.getNumPartitions();
    long[] starts = new long[p + 1];
    long[] sumsBefore = new long[p + 1];
    long[][] byIndex = new long[p][];
    for (long[] part : perPartition) {
      byIndex[(int) part[0]] = part;
    }
    for (int i = 0; i < p; i++) {
      long count = byIndex[i] == null ? 0 : byIndex[i][1];
      long sum = byIndex[i] == null ? 0 : byIndex[i][2];
      if (count > 0) {
        Require.that(byIndex[i][3] >= 0, column, "must not be negative", byIndex[i][3]);
      }
      starts[i + 1] = starts[i] + count;
      sumsBefore[i + 1] = Math.addExact(sumsBefore[i], sum);
    }
    Require.that(starts[p] <= Integer.MAX_VALUE, column, "must hold at most " + Integer.MAX_VALUE + " customers",
        starts[p]);
    long[] offsets = starts.clone();
    long[] sums = sumsBefore.clone();
    JavaRDD<long[]> ranked = sorted.mapPartitionsWithIndex((index, it) -> {
      long position = offsets[index];
      long before = sums[index];
      List<long[]> out = new ArrayList<>();
      while (it.hasNext()) {
        long v = it.next();
        out.add(new long[] {position++, v, before});
        before += v;
      }
      return out.iterator();
    }, true).persist(StorageLevel.MEMORY_AND_DISK());
    ranked.count();
    sorted.unpersist(false);
    return new DistributedRanking(ranked, (int) starts[p], sumsBefore[p], starts);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long total() {
    return total;
  }

  @Override
  public long[] valuesAt(int[] descendingPositions) {
    Map<Long, long[]> rows = rowsAt(descendingPositions);
    long[] out = new long[descendingPositions.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get((long) descendingPositions[i])[1];
    }
    return out;
  }

  @Override
  public long[] sumsOfTop(int[] counts) {
    Require.notNull(counts, "counts");
    int[] inside = Arrays.stream(counts).filter(k -> k > 0 && k < size).toArray();
    Map<Long, long[]> rows = rowsAt(inside);
    long[] out = new long[counts.length];
    for (int i = 0; i < out.length; i++) {
      int k = counts[i];
      Require.that(k >= 0 && k <= size, "k", "must lie within 0.." + size, k);
      out[i] = k == 0 ? 0 : k == size ? total : rows.get((long) k)[2];
    }
    return out;
  }

  /** The ranked rows at {@code positions}, read only from the partitions that hold them. */
  private Map<Long, long[]> rowsAt(int[] positions) {
    Require.notNull(positions, "positions");
    long[] wanted = Arrays.stream(positions).distinct().sorted().asLongStream().toArray();
    for (long w : wanted) {
      Require.that(w >= 0 && w < size, "descendingPositions", "must lie within 0.." + (size - 1), w);
    }
    Map<Long, long[]> found = new HashMap<>();
    if (wanted.length == 0) {
      return found;
    }
    long[] bounds = starts;
    List<long[]> rows = ranked.mapPartitionsWithIndex((index, it) -> {
      int from = Arrays.binarySearch(wanted, bounds[index]);
      from = from >= 0 ? from : -from - 1;
      if (from == wanted.length || wanted[from] >= bounds[index + 1]) {
        return java.util.Collections.<long[]>emptyIterator(); // no wanted position here: nothing read
      }
      List<long[]> hits = new ArrayList<>();
      while (it.hasNext()) {
        long[] r = it.next();
        if (Arrays.binarySearch(wanted, r[0]) >= 0) {
          hits.add(r);
        }
      }
      return hits.iterator();
    }, true).collect();
    for (long[] r : rows) {
      found.put(r[0], r);
    }
    return found;
  }

  @Override
  public int[] countsAtLeast(long[] values) {
    Require.notNull(values, "values");
    long[] thresholds = values.clone();
    long[] counts = ranked.mapPartitions((Iterator<long[]> it) -> {
      long[] c = new long[thresholds.length];
      while (it.hasNext()) {
        long v = it.next()[1];
        for (int i = 0; i < thresholds.length; i++) {
          if (v >= thresholds[i]) {
            c[i]++;
          }
        }
      }
      return List.of(c).iterator();
    }).reduce((a, b) -> {
      long[] s = new long[a.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = a[i] + b[i];
      }
      return s;
    });
    return Arrays.stream(counts).mapToInt(Math::toIntExact).toArray();
  }

  /** Each partition adds up its rows; the driver adds the partitions from the smallest values up. */
  @Override
  public double weightedRankSum() {
    long n = size;
    List<double[]> parts = ranked.mapPartitionsWithIndex((index, it) -> {
      double weighted = 0;
      while (it.hasNext()) {
        long[] r = it.next();
        weighted += (n - r[0]) * (double) r[1];
      }
      return List.of(new double[] {index, weighted}).iterator();
    }, true).collect();
    double[] byIndex = new double[starts.length - 1];
    for (double[] part : parts) {
      byIndex[(int) part[0]] = part[1];
    }
    double weighted = 0;
    for (int i = byIndex.length - 1; i >= 0; i--) {
      weighted += byIndex[i];
    }
    return weighted;
  }

  @Override
  public int searchBatch() {
    return SEARCH_BATCH;
  }

  /** Releases the cached rows. */
  @Override
  public void close() {
    ranked.unpersist(false);
  }

  @Override
  public String toString() {
    return "DistributedRanking{" + size + " customers, " + (starts.length - 1) + " partitions}";
  }
}
