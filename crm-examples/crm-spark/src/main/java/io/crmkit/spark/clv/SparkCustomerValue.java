package io.crmkit.spark.clv;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.gammagamma.GammaGammaModel;
import io.crmkit.scoring.clv.gammagamma.SpendSample;
import io.crmkit.scoring.clv.gammagamma.SpendStatistics;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import io.crmkit.scoring.clv.value.CustomerScore;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.spark.SparkRead;
import io.crmkit.spark.SparkTransactions;
import io.crmkit.spark.TransactionColumns;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Predicted customer value for a transaction {@code Dataset<Row>} on Spark, in three steps that
 * mirror crm-scoring's one-machine path:
 *
 * <ol>
 *   <li>{@link #histories}: every customer's calibration history (as
 *       {@link PurchaseHistories} defines it: repeat occasions are the days with a purchase after
 *       the first, recency and age in days, the repeat occasions' value in minor units), computed
 *       on the executors after one shuffle by customer;
 *   <li>{@link #fit}: the BG/NBD fitted on the cohort's distinct histories and the Gamma-Gamma on
 *       its repeat buyers, on the driver with crm-scoring's fitters; what reaches the driver is
 *       bounded: the distinct (frequency, recency, age) histories with counts, per-frequency sums
 *       (one job per likelihood evaluation of the Gamma-Gamma refinement) and a search sample of at
 *       most {@link GammaGammaModel#SEARCH_SAMPLE} buyers;
 *   <li>{@link #score}: the fitted model broadcast to the executors and every customer's P(alive),
 *       expected purchases, expected spend and discounted CLV computed where the customer's row is,
 *       with {@link CustomerValueModel#scorer()} (the arithmetic of
 *       {@link CustomerValueModel#scoreAll}), as a Dataset to write as Parquet or to a table.
 * </ol>
 *
 * The input needs a customer id, a {@code date} or {@code timestamp} column (a timestamp's day in
 * the session's time zone) and a decimal or integer amount in major units of the columns'
 * currency, named by {@link TransactionColumns}. Rows with a null field, a negative amount or an
 * amount finer than the currency's minor unit are refused (the counts per reason, no values, in
 * the message). The histories keep the transactions' number of partitions.
 */
public final class SparkCustomerValue {
  /** Column of the customer id, in the histories and the scores. */
  public static final String CUSTOMER_ID = "customer_id";
  public static final String FREQUENCY = "frequency";
  public static final String RECENCY_DAYS = "recency_days";
  public static final String AGE_DAYS = "age_days";
  public static final String REPEAT_VALUE_MINOR = "repeat_value_minor";
  public static final String P_ALIVE = "p_alive";
  public static final String EXPECTED_PURCHASES = "expected_purchases";
  public static final String EXPECTED_AVERAGE_VALUE = "expected_average_value";
  public static final String CLV = "clv";

  /** One row per customer: id, repeat occasions, recency and age in days, repeat value in minor units. */
  public static final StructType HISTORY_SCHEMA = new StructType()
      .add(CUSTOMER_ID, DataTypes.StringType, false)
      .add(FREQUENCY, DataTypes.IntegerType, false)
      .add(RECENCY_DAYS, DataTypes.IntegerType, false)
      .add(AGE_DAYS, DataTypes.IntegerType, false)
      .add(REPEAT_VALUE_MINOR, DataTypes.LongType, false);

  private static final int TREE_DEPTH = 2;

  private SparkCustomerValue() {}

  /** {@link #histories(Dataset, TransactionColumns, LocalDate)} up to the last purchase day of the data. */
  public static CalibrationHistories histories(Dataset<Row> transactions, TransactionColumns columns) {
    return histories(transactions, columns, null);
  }

  /**
   * Every customer's calibration history up to and including {@code calibrationEnd} (null: the
   * last purchase day of the data). A purchase after the calibration end is an error, as for
   * {@link PurchaseHistories#calibration}.
   */
  public static CalibrationHistories histories(Dataset<Row> transactions, TransactionColumns columns,
      LocalDate calibrationEnd) {
    Require.notNull(transactions, "transactions");
    Require.notNull(columns, "columns");
    StructType schema = transactions.schema();
    Column id = column(schema, columns.customerId(), "transactionColumns.customerId").cast(DataTypes.StringType);
    DataType dateType = type(schema, columns.date(), "transactionColumns.date");
    Column day;
    if (dateType.equals(DataTypes.DateType)) {
      day = datediff(col(columns.date()), to_date(lit("1970-01-01")));
    } else if (dateType.equals(DataTypes.TimestampType) || dateType.equals(DataTypes.TimestampNTZType)) {
      day = datediff(to_date(col(columns.date())), to_date(lit("1970-01-01")));
    } else {
      throw new InvalidValueException("transactionColumns.date", "must name a date or timestamp column",
          columns.date() + " (" + dateType.simpleString() + ")");
    }
    DataType amountType = type(schema, columns.amount(), "transactionColumns.amount");
    Require.that(amountType instanceof DecimalType || amountType.equals(DataTypes.IntegerType)
        || amountType.equals(DataTypes.LongType), "transactionColumns.amount",
        "must name a decimal or integer column", columns.amount() + " (" + amountType.simpleString() + ")");
    Column minor = col(columns.amount()).cast(amountType instanceof DecimalType ? amountType : new DecimalType(20, 0))
        .multiply(lit(BigDecimal.TEN.pow(columns.scale())));
    Dataset<Row> typed = transactions.select(id.as(CUSTOMER_ID), day.as("day"), minor.as("minor"));
    return historiesOf(typed, transactions.rdd().getNumPartitions(), columns, calibrationEnd);
  }

  /**
   * Every customer's calibration history from transactions read by {@link SparkTransactions#read}:
   * the rows that reader kept, so bad rows were left out, counted per reason and held to the
   * {@code ReadOptions} limits exactly as for value scoring, and dates may be text in a pattern.
   * Up to and including {@code calibrationEnd} (null: the last purchase day).
   */
  public static CalibrationHistories histories(SparkRead read, TransactionColumns columns, LocalDate calibrationEnd) {
    Require.notNull(read, "read");
    Require.notNull(columns, "columns");
    Dataset<Row> kept = read.transactions();
    Dataset<Row> typed = kept.select(col(SparkTransactions.CUSTOMER_ID).as(CUSTOMER_ID),
        col(SparkTransactions.DAY).as("day"), col(SparkTransactions.AMOUNT_MINOR).cast(new DecimalType(20, 0)).as("minor"));
    return historiesOf(typed, kept.rdd().getNumPartitions(), columns, calibrationEnd);
  }

  private static CalibrationHistories historiesOf(Dataset<Row> typed, int partitions, TransactionColumns columns,
      LocalDate calibrationEnd) {
    Row check = typed.agg(count(when(col(CUSTOMER_ID).isNull(), 1)), count(when(col("day").isNull(), 1)),
        count(when(col("minor").isNull(), 1)), count(when(col("minor").lt(0), 1)),
        count(when(col("minor").notEqual(floor(col("minor"))), 1)), max(col("day")), count(lit(1))).first();
    long bad = check.getLong(0) + check.getLong(1) + check.getLong(2) + check.getLong(3) + check.getLong(4);
    if (bad > 0) {
      String[] reasons = {"without an id", "without a date", "without an amount", "negative", "finer than a minor unit"};
      StringBuilder counts = new StringBuilder().append(bad).append(" of ").append(check.getLong(6)).append(" rows");
      for (int k = 0; k < reasons.length; k++) {
        if (check.getLong(k) > 0) {
          counts.append(", ").append(check.getLong(k)).append(' ').append(reasons[k]);
        }
      }
      throw new InvalidValueException("transactions", "must hold an id, a date and a non-negative amount in whole "
          + columns.currency() + " minor units on every row", counts.toString());
    }
    Require.that(!check.isNullAt(5) || calibrationEnd != null, "transactions",
        "must not be empty when no calibration end is given", 0);
    int lastDay = check.isNullAt(5) ? Integer.MIN_VALUE : check.getInt(5);
    LocalDate end = calibrationEnd != null ? calibrationEnd : LocalDate.ofEpochDay(lastDay);
    int endDay = Math.toIntExact(end.toEpochDay());
    if (lastDay > endDay) {
      throw new InvalidValueException("calibrationEnd", "must not precede a purchase of the data (the last is on "
          + LocalDate.ofEpochDay(lastDay) + "); a calibration summary holds only purchases up to its end", end.toString());
    }
    Dataset<Row> rows = typed.select(col(CUSTOMER_ID), col("day"), floor(col("minor")).cast(DataTypes.LongType)
            .as("minor"))
        .repartition(Math.max(1, partitions), col(CUSTOMER_ID))
        .sortWithinPartitions(CUSTOMER_ID, "day")
        .mapPartitions((MapPartitionsFunction<Row, Row>) sorted -> new HistoryRows(sorted, endDay),
            Encoders.row(HISTORY_SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new CalibrationHistories(rows, end, columns.currency());
  }

  /**
   * Fits the BG/NBD on every customer's history and the Gamma-Gamma on the repeat buyers, with
   * time in {@code unit}: the figures crm-scoring's
   * {@link CustomerValueModel#fit(PurchaseHistories, DiscountedHorizon, FitOptions)} gives for the
   * same customers (the BG/NBD exactly, since the distinct histories are the same; the Gamma-Gamma
   * within the optimiser's tolerance, since its search runs on a different sample).
   */
  public static CustomerValueFit fit(CalibrationHistories histories, PeriodUnit unit, DiscountedHorizon horizon,
      FitOptions options) {
    Require.notNull(histories, "histories");
    Require.notNull(unit, "unit");
    Require.notNull(horizon, "horizon");
    Require.notNull(options, "options");
    Currency currency = histories.currency();
    JavaRDD<Row> rows = histories.rows().javaRDD();
    CalibrationPartial empty = new CalibrationPartial(DistinctHistories.builder(unit).build(),
        SpendStatistics.builder().build());
    CalibrationPartial partial = rows.mapPartitions(part -> {
      DistinctHistories.Builder h = DistinctHistories.builder(unit);
      SpendStatistics.Builder s = SpendStatistics.builder();
      while (part.hasNext()) {
        Row r = part.next();
        h.add(r.getInt(1), r.getInt(2), r.getInt(3));
        s.addCustomer(r.getInt(1), r.getLong(4), currency);
      }
      return List.of(new CalibrationPartial(h.build(), s.build())).iterator();
    }).treeAggregate(empty, CalibrationPartial::merge, CalibrationPartial::merge, TREE_DEPTH);
    BgNbdModel purchases = BgNbdModel.fit(partial.histories(), options);

    JavaRDD<SpendBlock> blocks = rows.mapPartitions(part -> {
      int[] x = new int[1024];
      double[] m = new double[1024];
      int n = 0;
      while (part.hasNext()) {
        Row r = part.next();
        int frequency = r.getInt(1);
        long value = r.getLong(4);
        if (frequency > 0 && value > 0) {
          if (n == x.length) {
            x = Arrays.copyOf(x, 2 * n);
            m = Arrays.copyOf(m, 2 * n);
          }
          x[n] = frequency;
          m[n++] = PurchaseHistories.averageRepeatValue(frequency, value, currency);
        }
      }
      return List.of(new SpendBlock(Arrays.copyOf(x, n), Arrays.copyOf(m, n))).iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SpendSample search = searchSample(histories, currency);
      DistributedSpend spend = new DistributedSpend(blocks, partial.spend(), TREE_DEPTH);
      GammaGammaModel spendModel = GammaGammaModel.fit(spend, search, options);
      return new CustomerValueFit(CustomerValueModel.of(purchases, spendModel, horizon, currency),
          partial.histories(), partial.spend(), histories.calibrationEnd(), spend.evaluations());
    } finally {
      blocks.unpersist(false);
    }
  }

  /**
   * At most {@link GammaGammaModel#SEARCH_SAMPLE} repeat buyers, chosen by a hash of their id (the
   * same buyers however the data are partitioned), for the Gamma-Gamma's search stage.
   */
  private static SpendSample searchSample(CalibrationHistories histories, Currency currency) {
    List<Row> chosen = histories.rows()
        .filter(col(FREQUENCY).gt(0).and(col(REPEAT_VALUE_MINOR).gt(0)))
        .orderBy(xxhash64(col(CUSTOMER_ID)), col(CUSTOMER_ID))
        .limit(GammaGammaModel.SEARCH_SAMPLE)
        .select(FREQUENCY, REPEAT_VALUE_MINOR)
        .collectAsList();
    int[] x = new int[chosen.size()];
    double[] m = new double[chosen.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = chosen.get(i).getInt(0);
      m[i] = PurchaseHistories.averageRepeatValue(x[i], chosen.get(i).getLong(1), currency);
    }
    return SpendSample.of(x, m);
  }

  /** The schema of {@link #score}'s rows; the CLV is a decimal of the currency's minor unit. */
  public static StructType scoreSchema(Currency currency) {
    Require.notNull(currency, "currency");
    return new StructType()
        .add(CUSTOMER_ID, DataTypes.StringType, false)
        .add(FREQUENCY, DataTypes.IntegerType, false)
        .add(RECENCY_DAYS, DataTypes.IntegerType, false)
        .add(AGE_DAYS, DataTypes.IntegerType, false)
        .add(P_ALIVE, DataTypes.DoubleType, false)
        .add(EXPECTED_PURCHASES, DataTypes.DoubleType, false)
        .add(EXPECTED_AVERAGE_VALUE, DataTypes.DoubleType, false)
        .add(CLV, new DecimalType(38, Math.max(0, currency.getDefaultFractionDigits())), false);
  }

  /**
   * Every customer's P(alive) at the calibration end, expected purchases over the model's horizon,
   * expected value of a purchase and discounted CLV (exact money, rounded half-even to the minor
   * unit), computed on the executors with the broadcast model.
   */
  public static Dataset<Row> score(CalibrationHistories histories, CustomerValueModel model) {
    Require.notNull(histories, "histories");
    Require.notNull(model, "model");
    Require.that(model.currency().equals(histories.currency()), "histories.currency",
        "must be the model's currency " + model.currency(), histories.currency());
    Dataset<Row> rows = histories.rows();
    Broadcast<CustomerValueModel> shared = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext())
        .broadcast(model);
    Currency currency = histories.currency();
    return rows.mapPartitions((MapPartitionsFunction<Row, Row>) part -> {
      CustomerValueModel.Scorer scorer = shared.value().scorer();
      return new Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return part.hasNext();
        }

        @Override
        public Row next() {
          Row r = part.next();
          int x = r.getInt(1);
          CustomerScore s = scorer.score(x, r.getInt(2), r.getInt(3),
              PurchaseHistories.averageRepeatValue(x, r.getLong(4), currency));
          return RowFactory.create(r.getString(0), x, r.getInt(2), r.getInt(3), s.probabilityAlive(),
              s.expectedPurchases(), s.expectedAverageValue(), s.value().amount());
        }
      };
    }, Encoders.row(scoreSchema(currency)));
  }

  private static Column column(StructType schema, String name, String field) {
    type(schema, name, field);
    return col(name);
  }

  private static DataType type(StructType schema, String name, String field) {
    Require.that(Arrays.asList(schema.fieldNames()).contains(name), field, "must name a column of the transactions "
        + Arrays.toString(schema.fieldNames()), name);
    return schema.apply(name).dataType();
  }

  /**
   * Turns one partition's rows, sorted by customer and day, into one history row per customer:
   * occasions are distinct days, the first day's purchases are not repeats.
   */
  private static final class HistoryRows implements Iterator<Row> {
    private final Iterator<Row> sorted;
    private final int endDay;
    private Row pending;

    HistoryRows(Iterator<Row> sorted, int endDay) {
      this.sorted = sorted;
      this.endDay = endDay;
      this.pending = sorted.hasNext() ? sorted.next() : null;
    }

    @Override
    public boolean hasNext() {
      return pending != null;
    }

    @Override
    public Row next() {
      if (pending == null) {
        throw new NoSuchElementException("no more customers in this partition");
      }
      String id = pending.getString(0);
      int first = pending.getInt(1);
      int last = first;
      int occasions = 1;
      long repeat = 0;
      Row row = pending;
      while (true) {
        int day = row.getInt(1);
        if (day != last) {
          occasions++;
          last = day;
        }
        if (day != first) {
          repeat = Math.addExact(repeat, row.getLong(2));
        }
        if (!sorted.hasNext()) {
          pending = null;
          break;
        }
        row = sorted.next();
        if (!row.getString(0).equals(id)) {
          pending = row;
          break;
        }
      }
      return RowFactory.create(id, occasions - 1, last - first, endDay - first, repeat);
    }
  }
}
