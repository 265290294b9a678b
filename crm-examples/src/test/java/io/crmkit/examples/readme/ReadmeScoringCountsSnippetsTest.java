package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.pareto.AbcPolicy;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.pyramid.CustomerPyramid;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.pyramid.PyramidTier;
import io.crmkit.scoring.summary.CustomerSummaries;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's snippet of counts by class and cut-offs by tier (value scoring), compiled and checked. */
class ReadmeScoringCountsSnippetsTest {

  @Test
  void countsByClassAndCutoffsByTierAreMapsKeyedByTheirEnum(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("orders.csv");
    Files.writeString(file, "customer_id,date,amount\nc-1,2026-01-05,900.00\nc-2,2026-01-09,50.00\n"
        + "c-2,2026-02-11,50.00\n");
    CustomerSummaries summaries = CustomerSummaries.of(TransactionReader.read(file,
        TransactionFormat.csv(Currency.getInstance("EUR")), ReadMode.STRICT).log());
    ParetoAnalysis pareto = ParetoAnalysis.of(summaries);
    CustomerPyramid pyramid = CustomerPyramid.of(summaries, PyramidPolicy.DEFAULT);
    // README: counts
    Map<AbcClass, Integer> abc = pareto.classCounts(AbcPolicy.DEFAULT);   // {A=1, B=1, C=0}
    Map<PyramidTier, Integer> tiers = pyramid.counts();                    // {KEY=1, MAJOR=0, ORDINARY=0, SMALL=1}
    PyramidPolicy byValue = PyramidPolicy.byValue(50_000, 20_000, 5_000);  // minimums in minor units
    byValue.valueMinimums().orElseThrow().get(PyramidTier.MAJOR);          // 20000
    CustomerPyramid.of(summaries, byValue).counts().get(PyramidTier.ORDINARY);   // 1: c-2's EUR 100.00
    // README: end
    assertThat(abc).hasToString("{A=1, B=1, C=0}");
    assertThat(tiers).hasToString("{KEY=1, MAJOR=0, ORDINARY=0, SMALL=1}");
    assertThat(byValue.valueMinimums().orElseThrow().get(PyramidTier.MAJOR)).isEqualTo(20_000L);
    assertThat(CustomerPyramid.of(summaries, byValue).counts().get(PyramidTier.ORDINARY)).isEqualTo(1);
    assertThatThrownBy(() -> tiers.put(PyramidTier.KEY, 2)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeScoringCountsSnippetsTest")).isEqualTo(1);
  }
}
