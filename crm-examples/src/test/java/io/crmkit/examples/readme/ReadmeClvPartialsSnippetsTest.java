package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.gammagamma.SpendStatistics;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
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

/** The snippets of the README's "CLV partials for distributed engines" section (NOTES-spark-clv.md), checked. */
class ReadmeClvPartialsSnippetsTest {

  private static PurchaseHistories cdnow(Path dir) throws Exception {
    Path file = dir.resolve("CDNOW_sample.txt");
    try (InputStream in = ReadmeClvPartialsSnippetsTest.class
        .getResourceAsStream("/io/crmkit/examples/tour/cdnow/CDNOW_sample.txt")) {
      Files.copy(in, file);
    }
    TransactionLog log = TransactionReader.read(file, TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
    return PurchaseHistories.calibration(log, LocalDate.of(1998, 6, 30), PeriodUnit.WEEKS);
  }

  @Test
  void gatherHistoriesPerPartitionAndMerge(@TempDir Path dir) throws Exception {
    PurchaseHistories cohort = cdnow(dir);
    // --- snippet: partials ---
    // on each partition: the distinct histories and the spend statistics of its customers
    DistinctHistories.Builder histories = DistinctHistories.builder(PeriodUnit.WEEKS);
    SpendStatistics.Builder spend = SpendStatistics.builder();
    for (int i = 0; i < cohort.customers(); i += 2) {          // this partition: every other customer
      histories.add(cohort.frequency(i), cohort.recencyDays(i), cohort.ageDays(i));
      spend.addCustomer(cohort.frequency(i), cohort.repeatValueMinor(i), cohort.currency());
    }
    DistinctHistories.Builder others = DistinctHistories.builder(PeriodUnit.WEEKS);
    for (int i = 1; i < cohort.customers(); i += 2) {          // the other partition
      others.add(cohort.frequency(i), cohort.recencyDays(i), cohort.ageDays(i));
    }
    // towards the driver: merged partials, one row per distinct history
    DistinctHistories all = histories.build().merge(others.build());
    // --- end ---
    assertThat(all).isEqualTo(cohort.distinct());
    assertThat(all.size()).isLessThan(cohort.customers());
    assertThat(spend.build().buyers() + spend.build().withoutRepeatPurchase() + spend.build().withZeroValue())
        .isEqualTo((cohort.customers() + 1) / 2L);
  }

  @Test
  void scoreRowsWhereTheyAre(@TempDir Path dir) throws Exception {
    PurchaseHistories cohort = cdnow(dir);
    DiscountedHorizon horizon = new DiscountedHorizon(12, PeriodUnit.WEEKS.fromDays(PeriodUnit.MONTHS.days()), 0.01, 1);
    CustomerValueModel model = CustomerValueModel.fit(cohort, horizon, FitOptions.DEFAULT);
    // --- snippet: scorer ---
    // the model is serializable (its parameters travel); each worker scores its rows with its own scorer
    CustomerValueModel.Scorer scorer = model.scorer();
    CustomerScore first = scorer.score(2, 213, 545,             // x = 2, recency and age in days
        PurchaseHistories.averageRepeatValue(2, 3_998, cohort.currency()));   // 39.98 USD over 2 occasions
    Money clv = first.value();                                   // exact money, as scoreAll gives it
    // --- end ---
    assertThat(clv.currency()).isEqualTo(cohort.currency());
    assertThat(first.expectedAverageValue()).isPositive();
    assertThat(first.probabilityAlive()).isBetween(0.0, 1.0);
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeClvPartialsSnippetsTest")).isEqualTo(2);
  }
}
