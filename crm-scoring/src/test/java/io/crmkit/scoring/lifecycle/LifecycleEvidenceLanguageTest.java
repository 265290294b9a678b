package io.crmkit.scoring.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.scoring.transactions.TransactionLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The evidence of a lifecycle stage reads in the reader's language: the built-in rules explain in
 * Chinese with the course's stage names, the English evidence is the explanation's English rendering,
 * and a host's rule or assignment written in English only reads as written.
 */
class LifecycleEvidenceLanguageTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private final LifecycleInference inference = LifecycleInference.defaults();

  @Test
  void risingSpendReadsInChineseWithTheCoursesStageName() {
    TransactionLog.Builder b = TransactionLog.builder(EUR);
    b.add("acme", AS_OF.minusDays(300), new BigDecimal("50.00"));
    for (int i = 0; i < 3; i++) {
      b.add("acme", AS_OF.minusDays(100 + 20 * i), new BigDecimal(i == 0 ? "40.00" : "30.00"));
    }
    for (int i = 0; i < 6; i++) {
      b.add("acme", AS_OF.minusDays(5 + 14 * i), new BigDecimal(i < 2 ? "25.00" : "22.50"));
    }
    LifecycleAssignment a = inference.assess(b.build(), AS_OF).of("acme").orElseThrow();

    assertThat(a.evidence(Locale.ENGLISH)).isEqualTo(a.evidence());
    assertThat(a.describe(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("最近两个季度的消费上升 40%（100.00 → 140.00），91 天内 6 次购买：成长期（rising-spend）");
  }

  @Test
  void aLapsedCustomerAndAnUndecidedOneReadInChinese() {
    TransactionLog.Builder b = TransactionLog.builder(EUR);
    b.add("gone", AS_OF.minusDays(400), new BigDecimal("80.00"));
    b.add("gone", AS_OF.minusDays(200), new BigDecimal("60.00"));
    LifecycleAssignment gone = inference.assess(b.build(), AS_OF).of("gone").orElseThrow();

    assertThat(gone.stage()).contains(LifecycleStage.DECLINE);
    assertThat(gone.evidence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("200 天没有购买（182 天起视为退化），共 2 次购买");
  }

  @Test
  void anAssignmentWrittenInEnglishOnlyReadsAsWrittenInEveryLanguage() {
    LifecycleAssignment host = new LifecycleAssignment("c-1", AS_OF, Optional.of(LifecycleStage.MATURITY),
        Optional.of("contract-renewed"), "renewed the three-year contract");

    assertThat(host.evidence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("renewed the three-year contract");
    assertThat(host.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("renewed the three-year contract：成熟期（contract-renewed）");
  }
}
