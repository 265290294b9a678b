package io.crmkit.scoring.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.pareto.AbcPolicy;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real CDNOW log (Fader and Hardie; see src/test/resources/cdnow/README.md): crmkit's concentration
 * figures agree with a straightforward reference computed here (group, sort, cumulative sum).
 */
class CdnowTest {

  private static ReadResult readMaster() throws Exception {
    try (Reader in = new InputStreamReader(CdnowTest.class.getResourceAsStream("/cdnow/CDNOW_master.txt"),
        StandardCharsets.US_ASCII)) {
      return TransactionReader.read(in, "CDNOW_master.txt", TransactionFormat.cdnowMaster(), ReadMode.STRICT);
    }
  }

  @Test
  void theMasterFileReadsWholeAsItsReadmeSays() throws Exception {
    ReadResult r = readMaster();
    assertThat(r.report().rowsRead()).isEqualTo(69_659);
    assertThat(r.report().rowsSkipped()).isZero();
    assertThat(r.log().customers()).isEqualTo(23_570);
  }

  @Test
  void concentrationFiguresAgreeWithAPlainReference() throws Exception {
    ReadResult r = readMaster();
    ParetoAnalysis pareto = ParetoAnalysis.of(CustomerSummaries.of(r.log()).totals());

    // Reference: sum cents per customer in a map, sort descending, walk the cumulative sum.
    Map<String, Long> perCustomer = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        CdnowTest.class.getResourceAsStream("/cdnow/CDNOW_master.txt"), StandardCharsets.US_ASCII))) {
      in.readLine();
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.trim().split("\\s+");
        perCustomer.merge(f[0], Math.round(Double.parseDouble(f[3]) * 100), Long::sum);
      }
    }
    long[] desc = perCustomer.values().stream().mapToLong(Long::longValue).sorted().toArray();
    long total = Arrays.stream(desc).sum();
    int n = desc.length;
    long cumulative = 0;
    int needed = 0;
    for (int i = n - 1; i >= 0; i--) {
      cumulative += desc[i];
      needed++;
      if (cumulative >= 0.8 * total) {
        break;
      }
    }
    long top20 = 0;
    for (int i = n - 1; i >= n - (int) Math.ceil(0.2 * n); i--) {
      top20 += desc[i];
    }

    assertThat(pareto.totalMinor()).isEqualTo(total);
    assertThat(pareto.customerShareFor(0.8)).isEqualTo(needed / (double) n);
    assertThat(pareto.valueShareOfTop(0.2)).isEqualTo(top20 / (double) total);
    Map<AbcClass, Integer> abc = pareto.classCounts(AbcPolicy.DEFAULT);
    assertThat(abc.get(AbcClass.A) + abc.get(AbcClass.B) + abc.get(AbcClass.C)).isEqualTo(n);
    assertThat(pareto.gini()).isBetween(0.5, 0.9);
    assertThat(pareto.describe()).startsWith("The top 20% of customers bring");
  }
}
