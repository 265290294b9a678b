package io.crmkit.examples.scoring;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.transactions.ImmutableReadOptions;
import io.crmkit.scoring.transactions.ImmutableTransactionFormat;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.ReadOptions;
import io.crmkit.scoring.transactions.TransactionFormatException;
import io.crmkit.scoring.transactions.ReadResult;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionReader;
import io.crmkit.scoring.pareto.AbcPolicy;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.pyramid.CustomerPyramid;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rfm.RfmSegment;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.util.Arrays;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * Scores a transaction file end to end and prints the summary, so users can try crmkit on their own
 * data:
 *
 * <pre>
 * java -cp crm-examples/target/crmkit-tour.jar io.crmkit.examples.scoring.ScoreCsv orders.csv
 *     [--currency EUR] [--cdnow] [--lenient] [--max-bad-share 0.5] [--as-of 2026-03-01]
 *     [--separator ';'|tab] [--date-format dd.MM.yyyy] [--decimal-comma] [--no-header]
 *     [--columns customer_id,order_date,total | --columns 2,1,5 [--fields 6]] [--quiet]
 * </pre>
 *
 * By default the CSV has a header and the columns {@code customer_id,date,amount} (ISO dates, a
 * decimal point). {@code --columns} names the customer, date and amount columns, in that order, by
 * their header names or by 1-based numbers ({@code --fields} then says how many fields a row has,
 * by default the largest number given). A lenient reading still stops with the first bad line when
 * the first 100 rows are all bad or more than {@code --max-bad-share} of the rows are. Progress goes
 * to stderr every million rows unless {@code --quiet}.
 *
 * <p>Exit codes: {@value #OK} scored; {@value #USAGE} a wrong option or value (the usage is
 * printed); {@value #UNREADABLE} the file cannot be read; {@value #BAD_DATA} the data were refused
 * (the message names the line, column and reason); {@value #FAILED} anything else.
 *
 * <p>With {@code model} first ({@code ScoreCsv model FILE --calibration-end ...}) it fits the
 * BG/NBD and Gamma-Gamma models instead and prints their parameters as JSON (see {@link FitClv}).
 */
public final class ScoreCsv {
  /** Exit code: the file was read and scored. */
  public static final int OK = 0;
  /** Exit code: an unexpected failure. */
  public static final int FAILED = 1;
  /** Exit code: a wrong option or option value. */
  public static final int USAGE = 2;
  /** Exit code: the file does not exist or cannot be read. */
  public static final int UNREADABLE = 3;
  /** Exit code: the file was read but its data were refused (strict mode, or a lenient limit passed). */
  public static final int BAD_DATA = 4;

  static final String USAGE_TEXT = "usage: ScoreCsv FILE [--currency EUR] [--cdnow] [--lenient] [--max-bad-share 0.5]"
      + " [--as-of YYYY-MM-DD] [--separator ';'|tab] [--date-format dd.MM.yyyy] [--decimal-comma] [--no-header]"
      + " [--columns CUSTOMER,DATE,AMOUNT (names or 1-based numbers)] [--fields N] [--quiet]";

  private ScoreCsv() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("model")) {
      FitClv.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    int code = run(args, System.out, System.err);
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

  /**
   * Runs the command with {@code args} (the file first, then options), printing the summary to
   * {@code out} and progress and errors to {@code err}; returns the exit code.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return runChecked(args, out, err);
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
    } catch (UncheckedIOException e) {
      err.println("cannot read: " + e.getMessage());
      return UNREADABLE;
    }
  }

  private static int runChecked(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].startsWith("--")) {
      throw new UsageException("the first argument must be the file");
    }
    Path file = Path.of(args[0]);
    String currency = "EUR";
    boolean cdnow = false;
    boolean lenient = false;
    boolean quiet = false;
    LocalDate asOf = null;
    Character separator = null;
    String datePattern = null;
    boolean decimalComma = false;
    boolean header = true;
    String columns = null;
    Integer fields = null;
    double maxBadShare = ReadOptions.DEFAULT.maxBadShare();
    for (int i = 1; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--currency" -> currency = value(args, ++i, option);
        case "--cdnow" -> cdnow = true;
        case "--lenient" -> lenient = true;
        case "--quiet" -> quiet = true;
        case "--decimal-comma" -> decimalComma = true;
        case "--no-header" -> header = false;
        case "--as-of" -> asOf = parse(value(args, ++i, option), LocalDate::parse, option, "a date YYYY-MM-DD");
        case "--separator" -> separator = separator(value(args, ++i, option));
        case "--date-format" -> datePattern = value(args, ++i, option);
        case "--columns" -> columns = value(args, ++i, option);
        case "--fields" -> fields = parse(value(args, ++i, option), Integer::valueOf, option, "a whole number");
        case "--max-bad-share" -> maxBadShare = parse(value(args, ++i, option), Double::valueOf, option,
            "a share between 0 and 1");
        default -> throw new UsageException("unknown option " + option);
      }
    }
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      err.println("cannot read: " + file + " (no such readable file)");
      return UNREADABLE;
    }
    Currency money = parse(currency, Currency::getInstance, "--currency", "an ISO 4217 code");
    ImmutableTransactionFormat format = cdnow ? ImmutableTransactionFormat.copyOf(TransactionFormat.cdnowMaster())
        : ImmutableTransactionFormat.copyOf(TransactionFormat.csv(money));
    if (!cdnow) {
      format = format.withCurrency(money);
    }
    if (separator != null) {
      format = format.withSeparator(separator);
    }
    if (datePattern != null) {
      format = format.withDatePattern(datePattern);
    }
    format = format.withDecimalComma(decimalComma).withHeader(header && format.header());
    if (columns != null) {
      format = ImmutableTransactionFormat.copyOf(columns(file, format, columns, fields));
    }
    ImmutableReadOptions.Builder options = ReadOptions.builder().maxBadShare(maxBadShare);
    if (!quiet) {
      options.progress((read, kept) -> {
        if (read >= ReadOptions.DEFAULT.progressEvery()) {
          err.printf(Locale.ROOT, "... %,d rows read, %,d kept%n", read, kept);
        }
      });
    }
    run(file, format, lenient ? ReadMode.LENIENT : ReadMode.STRICT, options.build(), asOf, out);
    return OK;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static <T> T parse(String text, java.util.function.Function<String, T> parser, String option, String what) {
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw new UsageException(option + " must be " + what + ", was '" + text + "'");
    }
  }

  private static char separator(String text) {
    if (text.equals("tab") || text.equals("\\t")) {
      return '\t';
    }
    if (text.length() != 1) {
      throw new UsageException("--separator must be one character or 'tab', was '" + text + "'");
    }
    return text.charAt(0);
  }

  /** The format with the customer, date and amount columns given by header names or 1-based numbers. */
  private static TransactionFormat columns(Path file, ImmutableTransactionFormat format, String spec, Integer fields) {
    String[] parts = spec.split(",", -1);
    if (parts.length != 3) {
      throw new UsageException("--columns must name three columns, customer, date and amount, was '" + spec + "'");
    }
    if (Arrays.stream(parts).allMatch(p -> p.strip().matches("[0-9]{1,4}"))) {
      int[] at = Arrays.stream(parts).mapToInt(p -> Integer.parseInt(p.strip()) - 1).toArray();
      int count = fields != null ? fields : Arrays.stream(at).max().getAsInt() + 1;
      return ImmutableTransactionFormat.builder().from(format).columns(count).customerColumn(at[0]).dateColumn(at[1])
          .amountColumn(at[2]).build();
    }
    if (!format.header()) {
      throw new UsageException("--columns by name needs a header line (leave out --no-header, or give numbers)");
    }
    return TransactionReader.columnsNamed(file, format, parts[0], parts[1], parts[2]);
  }

  /** Pareto, ABC and pyramid; their sorted copies are dropped before RFM needs the memory. */
  private static void printValueConcentration(CustomerSummaries summaries, PrintStream out) {
    ParetoAnalysis pareto = ParetoAnalysis.of(summaries);
    out.println(pareto.describe());
    out.println("ABC classes (A, B, C): " + pareto.classCounts(AbcPolicy.DEFAULT).values());
    out.println("Pyramid (key, major, ordinary, small): "
        + CustomerPyramid.of(summaries, PyramidPolicy.DEFAULT).counts().values());
  }

  /** Reads, scores and prints; {@code asOf} defaults to the day after the last purchase. */
  public static void run(Path file, TransactionFormat format, ReadMode mode, LocalDate asOf, PrintStream out) {
    run(file, format, mode, ReadOptions.DEFAULT, asOf, out);
  }

  /** As {@link #run(Path, TransactionFormat, ReadMode, LocalDate, PrintStream)}, with the reading's limits and progress. */
  public static void run(Path file, TransactionFormat format, ReadMode mode, ReadOptions options, LocalDate asOf,
      PrintStream out) {
    long start = System.nanoTime();
    ReadResult read = TransactionReader.read(file, format, mode, options);
    long parsed = System.nanoTime();
    out.printf(Locale.ROOT, "%s: %,d rows read, %,d kept, %,d skipped; %,d customers%n", file,
        read.report().rowsRead(), read.report().rowsKept(), read.report().rowsSkipped(), read.log().customers());
    read.report().skipped().stream().limit(10).forEach(s -> out.println("  skipped " + s));
    if (read.log().size() == 0) {
      out.println("no transactions to score");
      return;
    }
    CustomerSummaries summaries = CustomerSummaries.of(read.log());
    printValueConcentration(summaries, out);
    int lastDay = Integer.MIN_VALUE;
    for (int c = 0; c < summaries.customers(); c++) {
      lastDay = Math.max(lastDay, summaries.lastDay(c));
    }
    LocalDate day = asOf != null ? asOf : LocalDate.ofEpochDay(lastDay + 1L);
    out.println("RFM segments as of " + day + ": "
        + RfmAnalysis.of(read.log(), summaries, day, RfmSegment.DEFAULTS).segmentSizes());
    long done = System.nanoTime();
    out.printf(Locale.ROOT, "read %.0f ms, scored %.0f ms%n", (parsed - start) / 1e6, (done - parsed) / 1e6);
  }
}
