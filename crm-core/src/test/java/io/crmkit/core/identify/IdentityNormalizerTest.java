package io.crmkit.core.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityNormalizerTest {
  private final IdentityNormalizer china = IdentityNormalizer.forCountryCode("86");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "138 0013 8000       | +8613800138000",
      "+86 138-0013-8000   | +8613800138000",
      "0086 (138) 0013.8000| +8613800138000",
      "１３８００１３８０００  | +8613800138000",
      "021 5555 0100       | +862155550100",
      "+49 (30) 123-4567   | +49301234567",
      "0049 30 1234567     | +49301234567"})
  void phoneNumbersWrittenAnyWayBecomeOneInternationalForm(String raw, String expected) {
    assertThat(china.phone(raw)).isEqualTo(expected);
  }

  @Test
  void theDefaultCountryCodeIsConfigurable() {
    assertThat(IdentityNormalizer.forCountryCode("49").phone("030 1234567")).isEqualTo("+49301234567");
  }

  @Test
  void aPhoneNumberWithLettersOrTooFewDigitsIsRejectedNamingTheRule() {
    assertThatThrownBy(() -> china.phone("1370000111x")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("phone must contain only digits");
    assertThatThrownBy(() -> china.phone("+12")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("phone must have 7 to 15 digits");
  }

  @Test
  void emailsAreTrimmedAndLowerCasedIncludingFullWidthForms() {
    assertThat(china.email("  Li.Wei@Example.COM ")).isEqualTo("li.wei@example.com");
    assertThat(china.email("ｌｉ＠ｅｘａｍｐｌｅ．ｃｎ")).isEqualTo("li@example.cn");
  }

  @Test
  void anEmailWithoutOneAtBetweenTwoPartsIsRejected() {
    assertThatThrownBy(() -> china.email("li.wei.example.com")).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("email ");
    assertThatThrownBy(() -> china.email("li@wei@example.com")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> china.email("li wei@example.com")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void latinNamesMatchWhateverTheOrderCaseAccentsAndPunctuation() {
    assertThat(china.nameKey("Li Wei")).isEqualTo(china.nameKey("WEI, Li")).isEqualTo("li wei");
    assertThat(china.nameKey("Anna Müller")).isEqualTo(china.nameKey("anna  MULLER"));
    assertThat(china.nameKey("Jean-Luc Picard")).isEqualTo(china.nameKey("picard jean luc"));
  }

  @Test
  void chineseNamesMatchWithOrWithoutSpacesAndFullWidthSpaces() {
    assertThat(china.nameKey("张伟")).isEqualTo(china.nameKey("张 伟")).isEqualTo(china.nameKey("张\u3000伟"))
        .isEqualTo("张伟");
    assertThat(china.nameKey("张伟")).isNotEqualTo(china.nameKey("伟张"));
  }

  @Test
  void displayNamesKeepTheirCaseButLoseStrayWhitespace() {
    assertThat(china.name("  Anna   Müller ")).isEqualTo("Anna Müller");
    assertThat(china.name("ＡＣＭＥ Trading")).isEqualTo("ACME Trading");
  }

  @Test
  void contactKeysCompareLikeWithLike() {
    assertThat(china.contactKey(ContactPoint.of(ContactPointKind.PHONE, "138 0013 8000")))
        .isEqualTo(china.contactKey(ContactPoint.of(ContactPointKind.PHONE, "+86-138-0013-8000")))
        .isEqualTo("PHONE:+8613800138000");
    assertThat(china.contactKey(ContactPoint.of(ContactPointKind.POSTAL_ADDRESS, "1 Main  St")))
        .isEqualTo(china.contactKey(ContactPoint.of(ContactPointKind.POSTAL_ADDRESS, "1 main st")));
  }

  @Test
  void theDefaultCountryCodeMustBeOneToThreeDigits() {
    assertThatThrownBy(() -> IdentityNormalizer.forCountryCode("+86")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("defaultCountryCode");
    assertThatThrownBy(() -> IdentityNormalizer.forCountryCode("0086")).isInstanceOf(InvalidValueException.class);
  }
}
