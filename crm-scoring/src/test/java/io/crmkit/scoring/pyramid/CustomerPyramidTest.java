package io.crmkit.scoring.pyramid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.scoring.ScoringGen;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.util.Arrays;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CustomerPyramidTest {

  private static CustomerSummaries hundredCustomers() {
    TransactionLog.Builder b = TransactionLog.builder(Currency.getInstance("EUR"));
    for (int i = 1; i <= 100; i++) {
      b.addMinor(String.format("c-%03d", i), 20_000, i * 100L);
    }
    return CustomerSummaries.of(b.build());
  }

  @Test
  void ofAHundredCustomersOneIsKeyFourMajorFifteenOrdinary() {
    CustomerPyramid p = CustomerPyramid.of(hundredCustomers(), PyramidPolicy.DEFAULT);
    assertThat(p.counts().values()).containsExactly(1, 4, 15, 80);
    PyramidPlacement top = p.placement(99);
    assertThat(top.customerId()).isEqualTo("c-100");
    assertThat(top.tier()).isEqualTo(PyramidTier.KEY);
    assertThat(top.rank()).isEqualTo(1);
    assertThat(top.because()).isEqualTo("rank 1 <= 1, the last rank of KEY");
    assertThat(p.placement(0).because()).isEqualTo("rank 100 > 20, below the last ORDINARY rank");
  }

  @Test
  void tiersCanBeSetByValue() {
    CustomerPyramid p = CustomerPyramid.of(hundredCustomers(), PyramidPolicy.byValue(9_000, 5_000, 1_000));
    assertThat(p.counts().values()).containsExactly(11, 40, 40, 9);
    assertThat(p.placement(49).because()).isEqualTo("value 5000 >= 5000, the minimum of MAJOR");
  }

  @Test
  void equalValuesShareATierAndTheCountsSumToN() {
    qt().forAll(ScoringGen.logs()).checkAssert(log -> {
      CustomerSummaries s = CustomerSummaries.of(log);
      CustomerPyramid p = CustomerPyramid.of(s, PyramidPolicy.DEFAULT);
      assertThat(p.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.customers());
      int[] oneByOne = new int[4];
      for (int i = 0; i < s.customers(); i++) {
        oneByOne[p.tierOf(i).ordinal()]++;
      }
      assertThat(p.counts().values()).as("counts equal placing one by one")
          .containsExactly(Arrays.stream(oneByOne).boxed().toArray(Integer[]::new));
      for (int i = 0; i < s.customers(); i++) {
        for (int j = 0; j < s.customers(); j++) {
          if (s.totalMinor(i) == s.totalMinor(j)) {
            assertThat(p.tierOf(i)).isEqualTo(p.tierOf(j));
          }
          if (s.totalMinor(i) > s.totalMinor(j)) {
            assertThat(p.tierOf(i)).isLessThanOrEqualTo(p.tierOf(j));
          }
        }
      }
    });
  }
}
