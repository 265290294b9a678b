package io.crmkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.identify.IdentityNormalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refusal keeps its English message for logs and reads in Chinese for the person who must fix it. */
class RuleTextsTest {

  @Test
  void aRulesKeyIsItsTextWithNumbersAsNAndPunctuationAsDots() {
    assertThat(RuleTexts.key("must be at most 2000 characters")).isEqualTo("must.be.at.most.n.characters");
    assertThat(RuleTexts.key("must contain only digits, spaces, ( ) . - / and a leading +"))
        .isEqualTo("must.contain.only.digits.spaces.and.a.leading");
  }

  @Test
  void theNumbersOfARuleFillTheChineseTemplate() {
    assertThat(RuleTexts.of("must have 7 to 15 digits including the country code", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("连同国家代码必须有 7 到 15 位数字");
    assertThat(RuleTexts.of("must be at most 2000 characters", Locale.ENGLISH)).isEqualTo("must be at most 2000 characters");
  }

  @Test
  void aRuleTheBundleDoesNotKnowReadsAsGiven() {
    assertThat(RuleTexts.of("must sort after first c-1", Locale.SIMPLIFIED_CHINESE)).isEqualTo("must sort after first c-1");
  }

  @Test
  void anUnusablePhoneIsRefusedInEnglishForTheLogAndDescribedInChineseWithoutTheNumber() {
    InvalidValueException e = catchThrowableOfType(() -> IdentityNormalizer.forCountryCode("86").phone("138-ABCD-0000"),
        InvalidValueException.class);

    assertThat(e.getMessage()).isEqualTo("phone must contain only digits, spaces, ( ) . - / and a leading +, was <redacted>");
    assertThat(e.describe(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.describe(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("phone：只能包含数字、空格、( ) . - / 以及开头的 +（实际为 <redacted>）");
    assertThat(e.describeRule(Locale.SIMPLIFIED_CHINESE)).isEqualTo("phone：只能包含数字、空格、( ) . - / 以及开头的 +");
  }
}
