package io.crmkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.transactions.ImmutableReadReport;
import io.crmkit.scoring.transactions.ImmutableSkippedRow;
import io.crmkit.scoring.transactions.ReadOptions;
import io.crmkit.scoring.transactions.ReadReport;
import io.crmkit.scoring.transactions.SkippedRow;
import io.crmkit.scoring.transactions.TransactionFormatException;
import io.crmkit.scoring.transactions.TransactionLog;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads transactions from a host's {@code Dataset<Row>} by the rules of crm-scoring's own reader
 * (Identify, IDIC step 1: whose purchases these are): a customer id that is not blank, a date (a
 * date, a timestamp taken in {@link TransactionColumns#zone()}, or text in the pattern), a
 * non-negative amount with at most the currency's fraction digits. Bad rows are left out, counted
 * per {@link BadRowReason} with one sample each, and the reading fails with a
 * {@link TransactionFormatException} when they exceed {@link ReadOptions}' limits, as on one
 * machine: when the first {@link ReadOptions#allBadRows()} rows (here: all the rows, if at least
 * that many) are bad, or more than {@link ReadOptions#maxBadShare()} of at least
 * {@link ReadOptions#minRowsForShare()} rows are.
 *
 * <p>The checked rows are cached (memory, then disk), since both the report and the scoring read
 * them; what reaches the driver is one row per reason.
 */
public final class SparkTransactions {
  /** The kept transactions' columns: customer id, epoch day, amount in minor units. */
  public static final String CUSTOMER_ID = "customer_id";
  public static final String DAY = "day";
  public static final String AMOUNT_MINOR = "amount_minor";

  private static final String REASON = "bad_reason";
  private static final String READ_MINOR = "read_minor";
  private static final String SAMPLE_COLUMN = "bad_column";
  private static final String SAMPLE = "bad_sample";

  private static final StructType CHECKED = new StructType(new StructField[] {
      DataTypes.createStructField(CUSTOMER_ID, DataTypes.StringType, true),
      DataTypes.createStructField(DAY, DataTypes.IntegerType, true),
      DataTypes.createStructField(AMOUNT_MINOR, DataTypes.LongType, true),
      DataTypes.createStructField(READ_MINOR, DataTypes.LongType, true),
      DataTypes.createStructField(REASON, DataTypes.IntegerType, true),
      DataTypes.createStructField(SAMPLE_COLUMN, DataTypes.IntegerType, true),
      DataTypes.createStructField(SAMPLE, DataTypes.StringType, true)});

  /** How many characters of a bad value a reason quotes, as crm-scoring's reader. */
  private static final int MAX_QUOTED = 40;

  private SparkTransactions() {}

  /**
   * The kept transactions of {@code rows} ({@link #CUSTOMER_ID}, {@link #DAY}, {@link #AMOUNT_MINOR})
   * and the report of what was left out.
   *
   * @param source how the report and any error name the data (a path or table name, not its content)
   * @throws TransactionFormatException when the bad rows pass the limits of {@code options}
   */
  public static SparkRead read(Dataset<Row> rows, String source, TransactionColumns columns, ReadOptions options) {
    Require.notNull(rows, "rows");
    Require.text(source, "source");
    Require.notNull(columns, "columns");
    Require.notNull(options, "options");
    List<String> names = Arrays.asList(rows.schema().fieldNames());
    for (String name : List.of(columns.customerId(), columns.date(), columns.amount())) {
      Require.that(names.contains(name), "transactionColumns", "must name columns of the Dataset "
          + names, name);
    }
    int[] positions = {names.indexOf(columns.customerId()) + 1, names.indexOf(columns.date()) + 1,
        names.indexOf(columns.amount()) + 1};
    Dataset<Row> checked = rows.select(col(columns.customerId()), col(columns.date()), col(columns.amount()))
        .map(new RowCheck(columns, positions), Encoders.row(CHECKED))
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    List<Row> byReason = checked.groupBy(col(REASON))
        .agg(count(lit(1)).as("rows"), sum(col(READ_MINOR)).as("read"),
            sum(when(col(REASON).isNull(), col(AMOUNT_MINOR))).as("kept"),
            first(col(SAMPLE_COLUMN), true).as("column"), first(col(SAMPLE), true).as("sample"))
        .collectAsList();
    long rowsRead = 0;
    long rowsKept = 0;
    long amountRead = 0;
    long amountKept = 0;
    Map<BadRowReason, Long> counts = new EnumMap<>(BadRowReason.class);
    Map<BadRowReason, SkippedRow> samples = new EnumMap<>(BadRowReason.class);
    for (Row r : byReason) {
      long n = r.getLong(1);
      rowsRead += n;
      amountRead = Math.addExact(amountRead, r.isNullAt(2) ? 0 : r.getLong(2));
      if (r.isNullAt(0)) {
        rowsKept = n;
        amountKept = r.isNullAt(3) ? 0 : r.getLong(3);
      } else {
        BadRowReason reason = BadRowReason.values()[r.getInt(0)];
        counts.put(reason, n);
        samples.put(reason, ImmutableSkippedRow.of(0, r.getInt(4), r.getString(5)));
      }
    }
    List<SkippedRow> skipped = new ArrayList<>(samples.values());
    ReadReport report = ImmutableReadReport.builder().source(source).rowsRead(rowsRead).rowsKept(rowsKept)
        .amountReadMinor(amountRead).amountKeptMinor(amountKept).rowsSkipped(rowsRead - rowsKept)
        .skipped(skipped.subList(0, Math.min(skipped.size(), options.skippedDetails()))).build();
    SparkReadReport full = new SparkReadReport(report, counts, samples);
    if (!skipped.isEmpty()) {
      checkLimits(full, options);
    }
    Dataset<Row> kept = checked.filter(col(REASON).isNull()).select(col(CUSTOMER_ID), col(DAY), col(AMOUNT_MINOR));
    return new SparkRead(kept, full, checked);
  }

  private static void checkLimits(SparkReadReport full, ReadOptions options) {
    ReadReport report = full.report();
    SkippedRow first = full.sampleByReason().values().iterator().next();
    String summary = full.skippedByReason().entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> e.getKey() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("");
    if (options.allBadRows() > 0 && report.rowsKept() == 0 && report.rowsRead() >= options.allBadRows()) {
      throw new TransactionFormatException(report.source(), 0, first.column(), first.reason()
          + " (and all " + report.rowsRead() + " rows are bad: " + summary
          + "; are the columns, the date pattern and the currency right?)");
    }
    if (report.rowsRead() >= options.minRowsForShare()
        && report.rowsSkipped() > options.maxBadShare() * report.rowsRead()) {
      throw new TransactionFormatException(report.source(), 0, first.column(), first.reason()
          + String.format(Locale.ROOT, " (and %,d of %,d rows are bad, more than %.0f%%: %s)",
              report.rowsSkipped(), report.rowsRead(), 100 * options.maxBadShare(), summary));
    }
  }

  /** Checks one row by crm-scoring's reader rules; runs on the executors. */
  private static final class RowCheck implements MapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final TransactionColumns columns;
    private final int[] positions;

    RowCheck(TransactionColumns columns, int[] positions) {
      this.columns = columns;
      this.positions = positions;
    }

    @Override
    public Row call(Row row) {
      Object amountValue = row.get(2);
      Long read = null;
      if (amountValue == null) {
        return bad(BadRowReason.MISSING_AMOUNT, positions[2], "amount must not be missing", null);
      }
      BigDecimal amount = decimal(amountValue);
      if (amount == null) {
        return bad(BadRowReason.UNPARSEABLE_AMOUNT, positions[2], "amount must be a decimal number, was "
            + quote(String.valueOf(amountValue)), null);
      }
      int scale = columns.scale();
      if ((long) amount.precision() - amount.scale() > 19 || amount.scale() > 19 + scale) {
        return bad(BadRowReason.UNPARSEABLE_AMOUNT, positions[2], "amount must fit in a long of minor units with at most "
            + scale + " fraction digits for " + columns.currency() + ", was " + quote(amount.toPlainString()), null);
      }
      try {
        read = amount.movePointRight(scale).longValueExact();
      } catch (ArithmeticException e) {
        return bad(BadRowReason.UNPARSEABLE_AMOUNT, positions[2], "amount must have at most " + scale
            + " fraction digits for " + columns.currency() + " and fit in a long, was " + quote(amount.toPlainString()),
            null);
      }
      if (read < 0) {
        return bad(BadRowReason.NEGATIVE_AMOUNT, positions[2], "amount must not be negative, was "
            + quote(amount.toPlainString()), read);
      }
      Object dateValue = row.get(1);
      if (dateValue == null) {
        return bad(BadRowReason.MISSING_DATE, positions[1], "date must not be missing", read);
      }
      Integer day = day(dateValue);
      if (day == null) {
        return bad(BadRowReason.UNPARSEABLE_DATE, positions[1], "date must match " + columns.datePattern()
            + ", was " + quote(String.valueOf(dateValue)), read);
      }
      Object idValue = row.get(0);
      String id = idValue == null ? null : idValue.toString();
      if (id == null || id.isBlank()) {
        return bad(BadRowReason.BLANK_CUSTOMER_ID, positions[0], "customer id must not be blank", read);
      }
      if (id.length() > TransactionLog.MAX_CUSTOMER_ID_LENGTH) {
        return bad(BadRowReason.CUSTOMER_ID_TOO_LONG, positions[0], "customer id must be at most "
            + TransactionLog.MAX_CUSTOMER_ID_LENGTH + " characters, was " + id.length(), read);
      }
      return RowFactory.create(id, day, read, read, null, null, null);
    }

    private static Row bad(BadRowReason reason, int column, String text, Long read) {
      return RowFactory.create(null, null, null, read, reason.ordinal(), column, text);
    }

    /** The amount as a decimal: decimals and integers as they are, text if a plain decimal, doubles as they print. */
    private static BigDecimal decimal(Object value) {
      if (value instanceof BigDecimal d) {
        return d;
      }
      if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
      }
      String text = value.toString().strip();
      if (text.isEmpty() || text.length() > MAX_QUOTED || !plainDecimal(text)) {
        return null;
      }
      return new BigDecimal(text);
    }

    /** Digits with at most one point, an optional leading sign: no exponent, no thousands separators. */
    private static boolean plainDecimal(String text) {
      int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
      boolean digits = false;
      boolean point = false;
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
          digits = true;
        } else if (c == '.' && !point) {
          point = true;
        } else {
          return false;
        }
      }
      return digits;
    }

    private Integer day(Object value) {
      try {
        LocalDate date;
        if (value instanceof LocalDate d) {
          date = d;
        } else if (value instanceof java.sql.Date d) {
          date = d.toLocalDate();
        } else if (value instanceof Instant t) {
          date = t.atZone(columns.zone()).toLocalDate();
        } else if (value instanceof Timestamp t) {
          date = t.toInstant().atZone(columns.zone()).toLocalDate();
        } else if (value instanceof LocalDateTime t) {
          date = t.toLocalDate();
        } else {
          date = LocalDate.parse(value.toString().strip(), columns.dateFormatter());
        }
        return Math.toIntExact(date.toEpochDay());
      } catch (DateTimeParseException | ArithmeticException e) {
        return null;
      }
    }

    private static String quote(String text) {
      if (text.length() <= MAX_QUOTED) {
        return "'" + text + "'";
      }
      return "'" + text.substring(0, MAX_QUOTED) + "'...(" + text.length() + " characters)";
    }
  }
}
