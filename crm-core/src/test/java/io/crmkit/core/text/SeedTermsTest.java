package io.crmkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.customer.classification.FollowUpUrgency;
import io.crmkit.core.satisfaction.ExpectationProblemType;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Chinese names taken word for word from the course material (simplified from its traditional
 * characters): 003's four follow-up classes by how soon a customer must be handled and its three
 * kinds of expectation to manage; and 004's warning against relying on one contact (過分依賴某人單一聯系),
 * named as the key-account interruption cause names it.
 */
class SeedTermsTest {
  private static String zh(Enum<?> constant) {
    return DisplayNames.of(constant, Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void theFollowUpClassesAreThoseOfSeed003() {
    // 003: 緊急客戶、緩急客戶、不緊急客戶、可慢反應客戶
    assertThat(zh(FollowUpUrgency.URGENT)).startsWith("紧急客户");
    assertThat(zh(FollowUpUrgency.SOON)).startsWith("缓急客户");
    assertThat(zh(FollowUpUrgency.NOT_URGENT)).startsWith("不紧急客户");
    assertThat(zh(FollowUpUrgency.SLOW)).startsWith("可慢反应客户");
  }

  @Test
  void theExpectationsToManageAreThoseOfSeed003() {
    // 003: 期望值過高的客戶、錯誤期望值的客戶、無理期望值的客戶
    assertThat(zh(ExpectationProblemType.TOO_HIGH)).isEqualTo("期望值过高");
    assertThat(zh(ExpectationProblemType.MISTAKEN)).isEqualTo("错误期望值");
    assertThat(zh(ExpectationProblemType.UNREASONABLE)).isEqualTo("无理期望值");
  }

  @Test
  void theSingleContactRiskReadsAsTheInterruptionCauseOfSeed004() {
    assertThat(zh(RelationshipRisk.SINGLE_CONTACT_PERSON))
        .isEqualTo(zh(io.crmkit.core.lifecycle.InterruptionCause.SINGLE_CONTACT_RELIANCE)).isEqualTo("过分依赖单一联系人");
  }
}
