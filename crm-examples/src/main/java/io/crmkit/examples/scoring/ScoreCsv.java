package io.crmkit.examples.scoring;

import io.crmkit.scoring.transactions.ReadMode;
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
 *     [--currency EUR] [--cdnow] [--lenient] [--as-of 2026-03-01]
 * </pre>
 *
 * The CSV has a header and the columns {@code customer_id,date,amount} (ISO dates). With
 * {@code model} first ({@code ScoreCsv model FILE --calibration-end ...}) it fits the BG/NBD and
 * Gamma-Gamma models instead and prints their parameters as JSON (see {@link FitClv}).
 */
public final class ScoreCsv {
  private ScoreCsv() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("model")) {
      FitClv.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length == 0 || args[0].startsWith("--")) {
      System.err.println("usage: ScoreCsv FILE [--currency EUR] [--cdnow] [--lenient] [--as-of YYYY-MM-DD]");
      System.exit(2);
    }
    String currency = "EUR";
    boolean cdnow = false;
    boolean lenient = false;
    LocalDate asOf = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--currency" -> currency = args[++i];
        case "--cdnow" -> cdnow = true;
        case "--lenient" -> lenient = true;
        case "--as-of" -> asOf = LocalDate.parse(args[++i]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    TransactionFormat format = cdnow ? TransactionFormat.cdnowMaster() : TransactionFormat.csv(Currency.getInstance(currency));
    run(Path.of(args[0]), format, lenient ? ReadMode.LENIENT : ReadMode.STRICT, asOf, System.out);
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
    long start = System.nanoTime();
    ReadResult read = TransactionReader.read(file, format, mode);
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
