package io.crmkit.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.summary.CustomerSummaries;
import io.crmkit.scoring.transactions.TransactionLog;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Frequency counts purchase occasions: an order of five lines on one day is one purchase, not five. */
class RfmFrequencyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

  /** c-lines: one basket of five lines on one day; c-visits: three visits on three days, one line each. */
  private static TransactionLog log() {
    TransactionLog.Builder b = TransactionLog.builder(Currency.getInstance("EUR"));
    int day = (int) AS_OF.toEpochDay() - 10;
    for (int i = 0; i < 5; i++) {
      b.addMinor("c-lines", day, 1_000);
    }
    for (int i = 0; i < 3; i++) {
      b.addMinor("c-visits", day - i, 1_000);
    }
    b.addMinor("c-once", day, 1_000);
    return b.build();
  }

  private static Map<String, RfmScores> scores(RfmFrequency by) {
    TransactionLog log = log();
    return RfmAnalysis.of(log, CustomerSummaries.of(log), AS_OF, RfmSegment.DEFAULTS, by).scores().stream()
        .collect(Collectors.toMap(RfmScores::customerId, s -> s));
  }

  @Test
  void fiveLinesOnOneDayAreOnePurchaseAndRankBelowThreeVisits() {
    Map<String, RfmScores> byId = scores(RfmFrequency.PURCHASE_DAYS);
    assertThat(byId.get("c-lines").distinctDays()).isEqualTo(1);
    assertThat(byId.get("c-lines").f()).isEqualTo(byId.get("c-once").f());
    assertThat(byId.get("c-visits").f()).isGreaterThan(byId.get("c-lines").f());
  }

  @Test
  void theDefaultIsPurchaseDays() {
    TransactionLog log = log();
    Map<String, Integer> byDefault = RfmAnalysis.of(log, AS_OF, RfmSegment.DEFAULTS).scores().stream()
        .collect(Collectors.toMap(RfmScores::customerId, s -> s.f()));
    Map<String, Integer> byDays = scores(RfmFrequency.PURCHASE_DAYS).values().stream()
        .collect(Collectors.toMap(RfmScores::customerId, s -> s.f()));
    assertThat(byDefault).isEqualTo(byDays);
  }

  @Test
  void countingRowsInsteadRanksTheFiveLineBasketFirst() {
    Map<String, RfmScores> byId = scores(RfmFrequency.ROWS);
    assertThat(byId.get("c-lines").purchases()).isEqualTo(5);
    assertThat(byId.get("c-lines").f()).isGreaterThan(byId.get("c-visits").f());
  }
}
