package io.crmkit.scoring.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The evidence of a 1-2-3-4 class reads in English as before and in the material's Chinese. */
class CooperationEvidenceLanguageTest {
  private final CooperationPolicy policy = CooperationPolicy.builder().build();

  @Test
  void aNormalCustomersEvidenceReadsInChinese() {
    CooperationAssessment a = policy.assess(CooperationClassificationTest.record("c-2",
        EnumSet.complementOf(EnumSet.of(StandardTerm.PAYMENT)), 1, 0, 2));

    assertThat(a.evidence(Locale.ENGLISH)).isEqualTo(a.evidence());
    assertThat(a.evidence()).startsWith("negotiates payment away from the standard",
        "1 objection(s), 0 condition(s) of their own, 2 brand(s) compared");
    assertThat(a.evidence(Locale.SIMPLIFIED_CHINESE)).startsWith("在付款方式上不按标准执行", "异议 1 次，自提条件 0 项，比较品牌 2 个")
        .last().asString().startsWith("正常客户：");
  }

  @Test
  void evidenceAHostWroteReadsAsWritten() {
    CooperationAssessment a = CooperationAssessment.of(CustomerId.of("c-9"), CooperationClass.NORMAL,
        List.of("signed the framework agreement"));

    assertThat(a.evidence(Locale.SIMPLIFIED_CHINESE)).containsExactly("signed the framework agreement");
  }
}
