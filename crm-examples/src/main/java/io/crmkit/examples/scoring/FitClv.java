package io.crmkit.examples.scoring;

import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import io.crmkit.scoring.clv.bgnbd.HoldoutComparison;
import io.crmkit.scoring.clv.fit.FitDiagnostics;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.fit.ModelNotConvergedException;
import io.crmkit.scoring.clv.gammagamma.GammaGammaModel;
import io.crmkit.scoring.clv.gammagamma.GammaGammaParameters;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import io.crmkit.scoring.clv.value.CohortScores;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.ReadResult;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * The model mode of {@link ScoreCsv}: fits BG/NBD and Gamma-Gamma on a transaction file up to a
 * calibration end, prints parameters and diagnostics as JSON, and optionally writes every
 * customer's P(alive), expected purchases, expected spend and discounted CLV as CSV:
 *
 * <pre>
 * java -cp crm-examples/target/crmkit-tour.jar io.crmkit.examples.scoring.ScoreCsv model FILE
 *     --calibration-end 1997-09-30 [--holdout-end 1998-06-30] [--unit weeks|days|months]
 *     [--cdnow | --cdnow-sample] [--currency EUR] [--lenient] [--penalizer 0.0]
 *     [--periods 12] [--period-length 4.348] [--discount 0.01] [--margin 1.0] [--scores scores.csv]
 * </pre>
 *
 * The horizon defaults to twelve months (12 periods of 365.25 / 12 days in the model's unit) at 1%
 * a month, lifetimes' default.
 */
public final class FitClv {
  private FitClv() {}

  /** The parsed command line. */
  record Options(Path file, TransactionFormat format, ReadMode mode, LocalDate calibrationEnd, LocalDate holdoutEnd,
      PeriodUnit unit, double penalizer, int periods, double periodLength, double discount, double margin,
      Path scores) {}

  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: ScoreCsv model FILE --calibration-end YYYY-MM-DD [--holdout-end YYYY-MM-DD] "
          + "[--unit weeks] [--cdnow | --cdnow-sample] [--currency EUR] [--lenient] [--penalizer 0] [--periods 12] "
          + "[--period-length L] [--discount 0.01] [--margin 1] [--scores FILE.csv]");
      System.exit(2);
      return;
    }
    try {
      System.out.println(run(options, System.err));
    } catch (ModelNotConvergedException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  static Options parse(String[] args) {
    if (args.length == 0 || args[0].startsWith("--")) {
      throw new IllegalArgumentException("missing the transaction file");
    }
    String currency = "EUR";
    String layout = "csv";
    boolean lenient = false;
    LocalDate calibrationEnd = null;
    LocalDate holdoutEnd = null;
    PeriodUnit unit = PeriodUnit.WEEKS;
    double penalizer = 0;
    int periods = 12;
    Double periodLength = null;
    double discount = 0.01;
    double margin = 1;
    Path scores = null;
    for (int i = 1; i < args.length; i++) {
      String option = args[i];
      if (!option.equals("--cdnow") && !option.equals("--cdnow-sample") && !option.equals("--lenient")
          && i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      switch (option) {
        case "--currency" -> currency = args[++i];
        case "--cdnow" -> layout = "cdnow";
        case "--cdnow-sample" -> layout = "cdnow-sample";
        case "--lenient" -> lenient = true;
        case "--calibration-end" -> calibrationEnd = LocalDate.parse(args[++i]);
        case "--holdout-end" -> holdoutEnd = LocalDate.parse(args[++i]);
        case "--unit" -> unit = PeriodUnit.parse(args[++i]);
        case "--penalizer" -> penalizer = Double.parseDouble(args[++i]);
        case "--periods" -> periods = Integer.parseInt(args[++i]);
        case "--period-length" -> periodLength = Double.parseDouble(args[++i]);
        case "--discount" -> discount = Double.parseDouble(args[++i]);
        case "--margin" -> margin = Double.parseDouble(args[++i]);
        case "--scores" -> scores = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (calibrationEnd == null) {
      throw new IllegalArgumentException("--calibration-end is required");
    }
    TransactionFormat format = switch (layout) {
      case "cdnow" -> TransactionFormat.cdnowMaster();
      case "cdnow-sample" -> TransactionFormat.cdnowSample();
      default -> TransactionFormat.csv(Currency.getInstance(currency));
    };
    double length = periodLength != null ? periodLength : unit.fromDays(PeriodUnit.MONTHS.days());
    return new Options(Path.of(args[0]), format, lenient ? ReadMode.LENIENT : ReadMode.STRICT, calibrationEnd,
        holdoutEnd, unit, penalizer, periods, length, discount, margin, scores);
  }

  /** Reads, fits, optionally writes the scores, and returns the JSON; progress lines go to {@code log}. */
  static String run(Options o, PrintStream log) {
    long start = System.nanoTime();
    ReadResult read = TransactionReader.read(o.file(), o.format(), o.mode());
    PurchaseHistories histories = o.holdoutEnd() == null
        ? PurchaseHistories.calibration(read.log(), o.calibrationEnd(), o.unit())
        : PurchaseHistories.split(read.log(), o.calibrationEnd(), o.holdoutEnd(), o.unit());
    DiscountedHorizon horizon = new DiscountedHorizon(o.periods(), o.periodLength(), o.discount(), o.margin());
    CustomerValueModel model = CustomerValueModel.fit(histories, horizon,
        FitOptions.DEFAULT.withPenalizer(o.penalizer()));
    long fitted = System.nanoTime();
    StringBuilder json = new StringBuilder(512);
    BgNbdModel bgnbd = model.purchases();
    BgNbdParameters p = bgnbd.parameters();
    FitDiagnostics d = bgnbd.diagnostics().orElseThrow();
    json.append("{\"bgnbd\":{").append(num("r", p.r())).append(',').append(num("alpha", p.alpha())).append(',')
        .append(num("a", p.a())).append(',').append(num("b", p.b())).append(',')
        .append(num("logLikelihood", d.logLikelihood())).append(',').append(diagnostics(d));
    bgnbd.standardErrors().ifPresent(se -> json.append(",\"standardErrors\":{").append(num("r", se.r())).append(',')
        .append(num("alpha", se.alpha())).append(',').append(num("a", se.a())).append(',').append(num("b", se.b()))
        .append('}'));
    json.append("},\"gammaGamma\":{");
    GammaGammaModel gg = model.spend();
    GammaGammaParameters q = gg.parameters();
    FitDiagnostics dg = gg.diagnostics().orElseThrow();
    json.append(num("p", q.p())).append(',').append(num("q", q.q())).append(',').append(num("v", q.v())).append(',')
        .append(num("logLikelihood", dg.logLikelihood())).append(',')
        .append(num("frequencyValueCorrelation", gg.frequencyValueCorrelation())).append(',').append(diagnostics(dg))
        .append("},\"data\":{\"customers\":").append(histories.customers()).append(",\"excludedCustomers\":")
        .append(histories.excludedCustomers()).append(",\"unit\":\"").append(o.unit().name())
        .append("\",\"calibrationEnd\":\"").append(o.calibrationEnd()).append("\"}");
    if (histories.hasHoldout()) {
      HoldoutComparison h = HoldoutComparison.of(bgnbd, histories, 7);
      json.append(",\"holdout\":{").append(num("length", h.length())).append(",\"actual\":").append(h.actual())
          .append(',').append(num("expected", h.expected())).append('}');
    }
    json.append('}');
    if (o.scores() != null) {
      CohortScores scores = model.scoreAll(histories);
      write(o.scores(), histories, scores);
    }
    log.printf(Locale.ROOT, "%s: %,d customers, fitted in %.0f ms%s%n", o.file(), histories.customers(),
        (fitted - start) / 1e6, o.scores() != null ? ", scores written to " + o.scores() : "");
    return json.toString();
  }

  private static String diagnostics(FitDiagnostics d) {
    return "\"converged\":" + d.converged() + ",\"iterations\":" + d.iterations() + ",\"evaluations\":"
        + d.evaluations() + "," + num("gradientNorm", d.gradientNorm()) + ",\"distinctHistories\":"
        + d.distinctHistories();
  }

  private static String num(String name, double value) {
    return "\"" + name + "\":" + (Double.isFinite(value) ? String.format(Locale.ROOT, "%.8g", value) : "null");
  }

  private static void write(Path file, PurchaseHistories h, CohortScores s) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("customer_id,frequency,recency,T,p_alive,expected_purchases,expected_average_value,clv\n");
      for (int i = 0; i < s.customers(); i++) {
        out.write(String.format(Locale.ROOT, "%s,%d,%.4f,%.4f,%.6f,%.6f,%.4f,%s%n", csv(h.customerId(i)),
            h.frequency(i), h.recency(i), h.age(i), s.probabilityAlive(i), s.expectedPurchases(i),
            s.expectedAverageValue(i), s.value(i).amount().toPlainString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String csv(String field) {
    return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}
