package io.crmkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.churn.ChurnRules;
import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.pareto.AbcCuts;
import io.crmkit.scoring.pareto.ParetoFigures;
import io.crmkit.scoring.pyramid.PyramidCuts;
import io.crmkit.scoring.pyramid.PyramidTier;
import io.crmkit.scoring.rank.Quintiles;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rfm.RfmFrequency;
import io.crmkit.scoring.rfm.RfmSegment;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Value scoring of a whole customer base on Spark (Differentiate, IDIC step 2), with crm-scoring's
 * definitions: per-customer summaries as crm-scoring's {@code CustomerSummaries} keeps them (rows,
 * purchase days as {@link RfmFrequency#PURCHASE_DAYS} counts them, exact total, first and last
 * day), then the base-wide cut values (RFM quintiles, ABC, pyramid) computed exactly by rank through
 * {@link DistributedRanking}, then every customer scored on the executors with those small cut
 * objects. The driver holds only bounded results: cut values, counts per class, segment sizes.
 */
public final class SparkValueScoring {
  public static final String PURCHASES = "purchases";
  public static final String PURCHASE_DAYS = "purchase_days";
  public static final String TOTAL_MINOR = "total_minor";
  public static final String TOTAL = "total";
  public static final String FIRST_DAY = "first_day";
  public static final String LAST_DAY = "last_day";
  public static final String FIRST_PURCHASE = "first_purchase";
  public static final String LAST_PURCHASE = "last_purchase";
  public static final String RECENCY_DAYS = "recency_days";
  public static final String R = "r";
  public static final String F = "f";
  public static final String M = "m";
  public static final String SEGMENT = "rfm_segment";
  public static final String ABC = "abc_class";
  public static final String TIER = "pyramid_tier";
  public static final String OVERDUE = "overdue";
  private static final String FREQUENCY_VALUE = "frequency_value";

  private SparkValueScoring() {}

  /**
   * One row per customer of the kept transactions: {@link SparkTransactions#CUSTOMER_ID},
   * {@link #PURCHASES} (rows), {@link #PURCHASE_DAYS} (distinct days), {@link #TOTAL_MINOR} (exact, a
   * long: an overflow fails the job), {@link #TOTAL} (the same as a decimal in the currency),
   * {@link #FIRST_DAY}/{@link #LAST_DAY} (epoch days) and {@link #FIRST_PURCHASE}/{@link #LAST_PURCHASE}
   * (dates).
   */
  public static Dataset<Row> summaries(SparkRead read, TransactionColumns columns) {
    Require.notNull(read, "read");
    Require.notNull(columns, "columns");
    int scale = columns.scale();
    return read.transactions().groupBy(col(SparkTransactions.CUSTOMER_ID))
        .agg(count(lit(1)).as(PURCHASES), count_distinct(col(SparkTransactions.DAY)).as(PURCHASE_DAYS),
            sum(col(SparkTransactions.AMOUNT_MINOR)).as(TOTAL_MINOR), min(col(SparkTransactions.DAY)).as(FIRST_DAY),
            max(col(SparkTransactions.DAY)).as(LAST_DAY))
        .withColumn(TOTAL, col(TOTAL_MINOR).cast(new DecimalType(20, 0))
            .divide(lit(BigDecimal.TEN.pow(scale))).cast(new DecimalType(19 + scale, scale)))
        .withColumn(FIRST_PURCHASE, date_from_unix_date(col(FIRST_DAY)))
        .withColumn(LAST_PURCHASE, date_from_unix_date(col(LAST_DAY)));
  }

  /**
   * Scores every summarized customer as of {@code asOf}: the base-wide figures, and a Dataset with
   * each customer's summary and {@link #RECENCY_DAYS}, {@link #R}, {@link #F}, {@link #M},
   * {@link #SEGMENT}, {@link #ABC}, {@link #TIER} and {@link #OVERDUE}. The summaries are cached
   * while the result is open.
   *
   * @throws io.crmkit.core.validation.InvalidValueException when there are no customers or
   *     {@code asOf} is before the last purchase
   */
  public static ScoredBase score(Dataset<Row> summaries, LocalDate asOf, ScoringOptions options) {
    return score(summaries, asOf, options, DistributedRanking.VALUES_PER_PARTITION);
  }

  /** As {@link #score(Dataset, LocalDate, ScoringOptions)}, the rankings with at least this many values a partition. */
  static ScoredBase score(Dataset<Row> summaries, LocalDate asOf, ScoringOptions options, long valuesPerPartition) {
    Require.notNull(summaries, "summaries");
    Require.notNull(asOf, "asOf");
    Require.notNull(options, "options");
    int asOfDay = Math.toIntExact(asOf.toEpochDay());
    Dataset<Row> base = summaries
        .withColumn(RECENCY_DAYS, lit(asOfDay).minus(col(LAST_DAY)))
        .withColumn(FREQUENCY_VALUE, options.frequency() == RfmFrequency.PURCHASE_DAYS ? col(PURCHASE_DAYS)
            : col(PURCHASES))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row bounds = base.agg(count(lit(1)), max(col(LAST_DAY))).first();
    Require.that(bounds.getLong(0) > 0, "summaries", "must hold at least one customer", 0);
    Require.that(bounds.getInt(1) <= asOfDay, "asOf", "must not be before the last purchase in the data", asOf);
    Quintiles recency;
    Quintiles frequency;
    Quintiles monetary;
    AbcCuts abcCuts;
    PyramidCuts pyramidCuts;
    Map<AbcClass, Integer> abcCounts;
    Map<PyramidTier, Integer> pyramidCounts;
    io.crmkit.scoring.pareto.ParetoSplit split;
    List<io.crmkit.scoring.pareto.LorenzPoint> lorenz;
    try (DistributedRanking byRecency = DistributedRanking.of(base, RECENCY_DAYS, valuesPerPartition)) {
      recency = Quintiles.byGreater(byRecency);
    }
    try (DistributedRanking byFrequency = DistributedRanking.of(base, FREQUENCY_VALUE, valuesPerPartition)) {
      frequency = Quintiles.byLess(byFrequency);
    }
    try (DistributedRanking byValue = DistributedRanking.of(base, TOTAL_MINOR, valuesPerPartition)) {
      monetary = Quintiles.byLess(byValue);
      ParetoFigures pareto = ParetoFigures.of(byValue);
      split = pareto.split();
      lorenz = pareto.lorenz(options.lorenzPoints());
      abcCuts = pareto.abcCuts(options.abc());
      abcCounts = abcCuts.counts(byValue);
      pyramidCuts = PyramidCuts.of(byValue, options.pyramid());
      pyramidCounts = pyramidCuts.counts(byValue);
    }
    String[] segmentTable = new String[125];
    for (int code = 0; code < 125; code++) {
      segmentTable[code] = RfmSegment.nameFor(options.segments(), code / 25 + 1, code / 5 % 5 + 1, code % 5 + 1);
    }
    CustomerScorer scorer = new CustomerScorer(recency, frequency, monetary, abcCuts, pyramidCuts, segmentTable,
        options.overdueFactor());
    Dataset<Row> scored = base.map(scorer, Encoders.row(CustomerScorer.SCHEMA))
        .withColumn(TOTAL, col(TOTAL_MINOR).cast(new DecimalType(20, 0))
            .divide(lit(BigDecimal.TEN.pow(scaleOf(summaries)))).cast(summaries.schema().apply(TOTAL).dataType()))
        .withColumn(FIRST_PURCHASE, date_from_unix_date(col(FIRST_DAY)))
        .withColumn(LAST_PURCHASE, date_from_unix_date(col(LAST_DAY)));
    Map<String, Long> bySegment = new HashMap<>();
    long overdue = 0;
    for (Row r : scored.groupBy(col(SEGMENT), col(OVERDUE)).count().collectAsList()) {
      bySegment.merge(r.getString(0), r.getLong(2), Long::sum);
      overdue += r.getBoolean(1) ? r.getLong(2) : 0;
    }
    Map<String, Integer> segmentSizes = new LinkedHashMap<>();
    for (RfmSegment s : options.segments()) {
      Long n = bySegment.get(s.name());
      if (n != null && !segmentSizes.containsKey(s.name())) {
        segmentSizes.put(s.name(), Math.toIntExact(n));
      }
    }
    if (bySegment.containsKey(RfmAnalysis.OTHERS) && !segmentSizes.containsKey(RfmAnalysis.OTHERS)) {
      segmentSizes.put(RfmAnalysis.OTHERS, Math.toIntExact(bySegment.get(RfmAnalysis.OTHERS)));
    }
    BaseFigures figures = new BaseFigures(asOf, split, lorenz, abcCuts, abcCounts, pyramidCuts, pyramidCounts,
        recency, frequency, monetary, Collections.unmodifiableMap(segmentSizes), overdue);
    return new ScoredBase(scored, figures, base);
  }

  /** The day after the last purchase in {@code summaries}: the usual day of an assessment of past data. */
  public static LocalDate dayAfterLastPurchase(Dataset<Row> summaries) {
    Require.notNull(summaries, "summaries");
    Row last = summaries.agg(max(col(LAST_DAY))).first();
    Require.that(!last.isNullAt(0), "summaries", "must hold at least one customer", 0);
    return LocalDate.ofEpochDay(last.getInt(0) + 1L);
  }

  private static int scaleOf(Dataset<Row> summaries) {
    return ((DecimalType) summaries.schema().apply(TOTAL).dataType()).scale();
  }

  /** Scores one customer with the base's cut values; runs on the executors. */
  private static final class CustomerScorer implements MapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField(SparkTransactions.CUSTOMER_ID, DataTypes.StringType, false),
        DataTypes.createStructField(PURCHASES, DataTypes.LongType, false),
        DataTypes.createStructField(PURCHASE_DAYS, DataTypes.LongType, false),
        DataTypes.createStructField(TOTAL_MINOR, DataTypes.LongType, false),
        DataTypes.createStructField(FIRST_DAY, DataTypes.IntegerType, false),
        DataTypes.createStructField(LAST_DAY, DataTypes.IntegerType, false),
        DataTypes.createStructField(RECENCY_DAYS, DataTypes.IntegerType, false),
        DataTypes.createStructField(R, DataTypes.IntegerType, false),
        DataTypes.createStructField(F, DataTypes.IntegerType, false),
        DataTypes.createStructField(M, DataTypes.IntegerType, false),
        DataTypes.createStructField(SEGMENT, DataTypes.StringType, false),
        DataTypes.createStructField(ABC, DataTypes.StringType, false),
        DataTypes.createStructField(TIER, DataTypes.StringType, false),
        DataTypes.createStructField(OVERDUE, DataTypes.BooleanType, false)});

    private final Quintiles recency;
    private final Quintiles frequency;
    private final Quintiles monetary;
    private final AbcCuts abc;
    private final PyramidCuts pyramid;
    private final String[] segments;
    private final double overdueFactor;

    CustomerScorer(Quintiles recency, Quintiles frequency, Quintiles monetary, AbcCuts abc, PyramidCuts pyramid,
        String[] segments, double overdueFactor) {
      this.recency = recency;
      this.frequency = frequency;
      this.monetary = monetary;
      this.abc = abc;
      this.pyramid = pyramid;
      this.segments = segments;
      this.overdueFactor = overdueFactor;
    }

    @Override
    public Row call(Row c) {
      long purchases = c.getAs(PURCHASES);
      long purchaseDays = c.getAs(PURCHASE_DAYS);
      long total = c.getAs(TOTAL_MINOR);
      int first = c.getAs(FIRST_DAY);
      int last = c.getAs(LAST_DAY);
      int recencyDays = c.getAs(RECENCY_DAYS);
      long frequencyValue = c.getAs(FREQUENCY_VALUE);
      int r = recency.score(recencyDays);
      int f = frequency.score(frequencyValue);
      int m = monetary.score(total);
      boolean overdue = ChurnRules.isOverdue(Math.toIntExact(purchaseDays), last - first, recencyDays, overdueFactor);
      return RowFactory.create(c.getAs(SparkTransactions.CUSTOMER_ID), purchases, purchaseDays, total, first, last,
          recencyDays, r, f, m, segments[(r - 1) * 25 + (f - 1) * 5 + (m - 1)], abc.classOf(total).name(),
          pyramid.tierOf(total).name(), overdue);
    }
  }
}
