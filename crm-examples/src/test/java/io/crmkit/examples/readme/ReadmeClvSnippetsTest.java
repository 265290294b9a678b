package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.money.Money;
import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import io.crmkit.scoring.clv.bgnbd.HoldoutComparison;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.fit.ModelNotConvergedException;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import io.crmkit.scoring.clv.value.CohortScores;
import io.crmkit.scoring.clv.value.CustomerScore;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of the README's predicted-customer-value section (NOTES-clv.md), compiled and checked. */
class ReadmeClvSnippetsTest {

  private static Path cdnowSample(Path dir) throws Exception {
    Path file = dir.resolve("CDNOW_sample.txt");
    try (InputStream in = ReadmeClvSnippetsTest.class
        .getResourceAsStream("/io/crmkit/examples/tour/cdnow/CDNOW_sample.txt")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void fitTheBgNbdModelOnACalibrationPeriod(@TempDir Path dir) throws Exception {
    Path file = cdnowSample(dir);
    // --- snippet: fit ---
    TransactionLog log = TransactionReader.read(file, TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
    PurchaseHistories histories = PurchaseHistories.split(log,
        LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30), PeriodUnit.WEEKS);
    BgNbdModel model = BgNbdModel.fit(histories);
    BgNbdParameters p = model.parameters();            // r=0.2426, alpha=4.4136, a=0.7929, b=2.4259
    double ll = model.diagnostics().orElseThrow().logLikelihood();   // -9582.43
    HoldoutComparison check = HoldoutComparison.of(model, histories, 7);
    // --- end ---
    assertThat(p.r()).isCloseTo(0.2426, within(1e-4));
    assertThat(ll).isCloseTo(-9582.43, within(0.01));
    assertThat(check.actual()).isEqualTo(1882);
  }

  @Test
  void scoreOneCustomer() {
    // --- snippet: score one ---
    BgNbdModel model = BgNbdModel.of(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), PeriodUnit.WEEKS);
    // 2 repeat purchases, the last in week 30.43, observed for 38.86 weeks
    double alive = model.probabilityAlive(2, 30.43, 38.86);              // 0.73
    double nextYear = model.expectedPurchases(52, 2, 30.43, 38.86);      // 1.56 purchases
    double none = model.probabilityOfPurchases(0, 52, 2, 30.43, 38.86);  // 0.40
    // --- end ---
    assertThat(alive).isCloseTo(0.73, within(0.005));
    assertThat(nextYear).isCloseTo(1.56, within(0.01));
    assertThat(none).isCloseTo(0.397, within(0.001));
  }

  @Test
  void valueAWholeCohortInOnePass(@TempDir Path dir) throws Exception {
    Path file = cdnowSample(dir);
    TransactionLog log = TransactionReader.read(file, TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
    // --- snippet: cohort value ---
    PurchaseHistories histories = PurchaseHistories.split(log,
        LocalDate.of(1997, 9, 30), LocalDate.of(1998, 6, 30), PeriodUnit.WEEKS);
    DiscountedHorizon year = new DiscountedHorizon(12, 30.4375 / 7, 0.01, 1.0); // 12 months, 1% a month
    CustomerValueModel clv = CustomerValueModel.fit(histories, year, FitOptions.DEFAULT);
    CohortScores scores = clv.scoreAll(histories);      // primitive columns, nothing boxed per customer
    int best = scores.top(1)[0];
    Money value = scores.value(best);                    // exact money, rounded half-even at the boundary
    CustomerScore first = clv.score(2, 30.43, 38.86, 14.96);
    // --- end ---
    assertThat(scores.customers()).isEqualTo(2357);
    assertThat(histories.customerId(best)).isEqualTo("05420");
    assertThat(value).isEqualTo(Money.of("1175.71", "USD"));
    assertThat(first.value().amount().scale()).isEqualTo(2);
    assertThat(first.probabilityAlive()).isCloseTo(0.73, within(0.005));
  }

  @Test
  void aFitThatCannotConvergeSaysWhatToTry() {
    DistinctHistories noRepeats = DistinctHistories.of(new int[50], new int[50],
        java.util.stream.IntStream.range(0, 50).map(i -> 20 + i).toArray(), PeriodUnit.DAYS);
    String message = "";
    // --- snippet: not converged ---
    try {
      BgNbdModel.fit(noRepeats, FitOptions.DEFAULT);
    } catch (ModelNotConvergedException e) {
      message = e.getMessage();   // every start tried, where it ended, and: more data, a penalizer, another unit
    }
    // --- end ---
    assertThat(message).contains("did not converge").contains("a penalizer");
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeClvSnippetsTest")).isEqualTo(4);
  }
}
