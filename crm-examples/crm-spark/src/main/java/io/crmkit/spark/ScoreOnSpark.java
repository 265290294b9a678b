package io.crmkit.spark;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.transactions.ReadOptions;
import io.crmkit.scoring.transactions.TransactionFormatException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Scores a transaction log on Spark end to end: reads CSV (a header, every column as text) or
 * Parquet, writes one row of scores per customer as Parquet, prints the base-wide figures. Ready for
 * {@code spark-submit} (the cluster sets the master) and runnable locally, where the master defaults
 * to {@code local[*]}:
 *
 * <pre>
 * spark-submit --class io.crmkit.spark.ScoreOnSpark crm-spark.jar --input s3a://shop/orders.parquet
 *     --output s3a://shop/scores [--format csv|parquet] [--currency EUR] [--as-of 2026-03-01]
 *     [--columns customer_id,date,amount] [--date-format uuuu-MM-dd] [--max-bad-share 0.5]
 *     [--overwrite] [--master local[*]]
 * </pre>
 *
 * <p>Exit codes: {@value #OK} scored; {@value #USAGE} a wrong option or value; {@value #BAD_DATA} the
 * data were refused (too many bad rows; the message names the reason). The format defaults to the
 * input's extension, {@code .csv} or else Parquet.
 */
public final class ScoreOnSpark {
  /** Exit code: the log was read and scored. */
  public static final int OK = 0;
  /** Exit code: a wrong option or option value. */
  public static final int USAGE = 2;
  /** Exit code: the data were refused. */
  public static final int BAD_DATA = 4;

  static final String USAGE_TEXT = "usage: ScoreOnSpark --input PATH --output DIR [--format csv|parquet]"
      + " [--currency EUR] [--as-of YYYY-MM-DD] [--columns CUSTOMER,DATE,AMOUNT] [--date-format uuuu-MM-dd]"
      + " [--max-bad-share 0.5] [--overwrite] [--master local[*]]";

  private ScoreOnSpark() {}

  /** Runs on the session {@code spark-submit} configures, or on {@code local[*]} (or {@code --master}). */
  public static void main(String[] args) {
    String master = null;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--master")) {
        master = args[i + 1];
      }
    }
    SparkSession.Builder builder = SparkSession.builder().appName("crmkit value scoring");
    if (master == null && System.getProperty("spark.master") == null) {
      master = "local[*]";
    }
    if (master != null) {
      // on one machine, a few shuffle partitions a core rather than a cluster's 200 (and 200 output files)
      builder.master(master).config("spark.sql.shuffle.partitions",
          String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
    }
    SparkSession spark = builder.getOrCreate();
    int code;
    try {
      code = run(args, spark, System.out, System.err);
    } finally {
      spark.stop();
    }
    if (code != OK) {
      System.exit(code);
    }
  }

  /** A wrong option or value: the message says which. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Runs the command on {@code spark}, the figures to {@code out}, errors to {@code err}; returns the exit code. */
  public static int run(String[] args, SparkSession spark, PrintStream out, PrintStream err) {
    try {
      runChecked(args, spark, out);
      return OK;
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    } catch (TransactionFormatException e) {
      err.println("refused: " + e.getMessage());
      return BAD_DATA;
    } catch (InvalidValueException e) {
      err.println("refused: " + e.getMessage());
      return USAGE;
    }
  }

  private static void runChecked(String[] args, SparkSession spark, PrintStream out) {
    String input = null;
    String output = null;
    String format = null;
    String currency = "EUR";
    LocalDate asOf = null;
    String[] columns = {"customer_id", "date", "amount"};
    String datePattern = "uuuu-MM-dd";
    double maxBadShare = ReadOptions.DEFAULT.maxBadShare();
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--input" -> input = value(args, ++i, option);
        case "--output" -> output = value(args, ++i, option);
        case "--format" -> format = value(args, ++i, option).toLowerCase(Locale.ROOT);
        case "--currency" -> currency = value(args, ++i, option);
        case "--as-of" -> {
          String day = value(args, ++i, option);
          try {
            asOf = LocalDate.parse(day);
          } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a date YYYY-MM-DD, was " + day);
          }
        }
        case "--columns" -> {
          columns = value(args, ++i, option).split(",", -1);
          if (columns.length != 3) {
            throw new UsageException(option + " must name three columns: customer, date, amount");
          }
        }
        case "--date-format" -> datePattern = value(args, ++i, option);
        case "--max-bad-share" -> {
          String share = value(args, ++i, option);
          try {
            maxBadShare = Double.parseDouble(share);
          } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number within 0..1, was " + share);
          }
        }
        case "--overwrite" -> overwrite = true;
        case "--master" -> value(args, ++i, option); // read by main, before the session starts
        default -> throw new UsageException("unknown option " + option);
      }
    }
    if (input == null || output == null) {
      throw new UsageException("--input and --output are required");
    }
    if (format == null) {
      format = input.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "parquet";
    }
    Currency money;
    try {
      money = Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--currency must be an ISO 4217 code such as EUR, was " + currency);
    }
    Dataset<Row> rows = switch (format) {
      case "csv" -> spark.read().option("header", "true").csv(input);
      case "parquet" -> spark.read().parquet(input);
      default -> throw new UsageException("--format must be csv or parquet, was " + format);
    };
    TransactionColumns cols = TransactionColumns.of(money).withNames(columns[0], columns[1], columns[2])
        .withDatePattern(datePattern);
    ReadOptions options = ReadOptions.builder().maxBadShare(maxBadShare).build();
    try (SparkRead read = SparkTransactions.read(rows, input, cols, options)) {
      SparkReadReport report = read.report();
      out.printf(Locale.ROOT, "read %,d rows: %,d kept, %,d skipped%n", report.report().rowsRead(),
          report.report().rowsKept(), report.report().rowsSkipped());
      report.sampleByReason().forEach((reason, sample) -> out.printf(Locale.ROOT, "  %s: %,d rows, e.g. %s%n",
          reason, report.skipped(reason), sample.reason()));
      Dataset<Row> summaries = SparkValueScoring.summaries(read, cols);
      LocalDate day = asOf != null ? asOf : SparkValueScoring.dayAfterLastPurchase(summaries);
      try (ScoredBase scored = SparkValueScoring.score(summaries, day, ScoringOptions.DEFAULT)) {
        scored.customers().write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).parquet(output);
        out.println("scored " + scored.figures().split().customers() + " customers as of " + day
            + "; scores written to " + output);
        out.println(scored.figures().describe());
      }
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }
}
