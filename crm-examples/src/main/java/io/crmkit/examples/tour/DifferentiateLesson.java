package io.crmkit.examples.tour;

import java.math.BigDecimal;
import io.crmkit.core.money.Money;
import io.crmkit.scoring.clv.LifetimeValue;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.ReadResult;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionReader;
import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.pareto.AbcPolicy;
import io.crmkit.scoring.pareto.LorenzPoint;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.pyramid.CustomerPyramid;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.pyramid.PyramidTier;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rfm.RfmSegment;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lesson 2, Differentiate by value, on the real CDNOW log (Fader and Hardie; bundled with its
 * attribution): the 80/20 split as it really is, the Lorenz curve and Gini, ABC classes, the
 * pyramid, RFM segments, and lifetime value against one period's spend.
 */
final class DifferentiateLesson implements Lesson {

  @Override
  public String title() {
    return "Differentiate (IDIC 2): who brings the value? 80/20, pyramid, RFM and CLV on the CDNOW log";
  }

  @Override
  public void run(PrintStream out) {
    ReadResult read;
    try (InputStream in = DifferentiateLesson.class.getResourceAsStream("cdnow/CDNOW_master.txt")) {
      if (in == null) {
        throw new IllegalStateException("cdnow/CDNOW_master.txt is missing from the tour's resources");
      }
      read = TransactionReader.read(new InputStreamReader(in, StandardCharsets.US_ASCII), "CDNOW_master.txt",
          TransactionFormat.cdnowMaster(), ReadMode.STRICT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf(Locale.ROOT, "CDNOW: %,d purchases by %,d customers who first bought in Q1 1997, up to June 1998 "
        + "(%d rows skipped).%n", read.log().size(), read.log().customers(), read.report().rowsSkipped());
    CustomerSummaries summaries = CustomerSummaries.of(read.log());

    ParetoAnalysis pareto = ParetoAnalysis.of(summaries);
    out.println(pareto.describe());
    out.println("Lorenz curve (poorest share of customers -> share of value): " + pareto.lorenz(6).stream()
        .map(LorenzPoint::valueShare).map(v -> String.format(Locale.ROOT, "%.3f", v))
        .collect(Collectors.joining(" ")));
    Map<AbcClass, Integer> abc = pareto.classCounts(AbcPolicy.DEFAULT);
    out.printf(Locale.ROOT, "ABC classes (A to 80%% of value, B to 95%%): A %,d, B %,d, C %,d customers%n",
        abc.get(AbcClass.A), abc.get(AbcClass.B), abc.get(AbcClass.C));

    CustomerPyramid pyramid = CustomerPyramid.of(summaries, PyramidPolicy.DEFAULT);
    Map<PyramidTier, Integer> tiers = pyramid.counts();
    out.printf(Locale.ROOT, "Pyramid (%s): key %,d, major %,d, ordinary %,d, small %,d%n",
        PyramidPolicy.DEFAULT.describe(), tiers.get(PyramidTier.KEY), tiers.get(PyramidTier.MAJOR),
        tiers.get(PyramidTier.ORDINARY), tiers.get(PyramidTier.SMALL));
    int best = 0;
    for (int c = 1; c < summaries.customers(); c++) {
      if (summaries.totalMinor(c) > summaries.totalMinor(best)) {
        best = c;
      }
    }
    out.println("  the top customer: " + pyramid.placement(best));

    RfmAnalysis rfm = RfmAnalysis.of(read.log(), LocalDate.of(1998, 7, 1), RfmSegment.DEFAULTS);
    out.println("RFM segments as of 1998-07-01: " + rfm.segmentSizes());

    LifetimeValue loyal = LifetimeValue.of(Money.of("40.00", "USD"), new BigDecimal("0.85"), new BigDecimal("0.10"), 10);
    LifetimeValue oneOff = LifetimeValue.of(Money.of("120.00", "USD"), new BigDecimal("0.15"), new BigDecimal("0.10"), 10);
    out.println("Lifetime value, not one period's spend: a USD 40 a year regular is worth " + loyal.value()
        + ", a USD 120 one-off buyer " + oneOff.value() + " (85% against 15% retention, 10% discount, 10 years, "
        + "margin at the start of each year).");
  }
}
