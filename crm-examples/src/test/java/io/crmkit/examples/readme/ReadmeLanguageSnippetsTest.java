package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.DisclosureAuthoriser;
import io.crmkit.core.customer.confidentiality.DisclosureDecision;
import io.crmkit.core.customer.confidentiality.DisclosureRequest;
import io.crmkit.core.customer.confidentiality.Disclosures;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.core.identify.IdentityNormalizer;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The guide's explanations snippets (Display names, "Explanations in the reader's language"): the
 * engines' reasons read in the reader's language, while the English API and the exception messages
 * stay English.
 */
class ReadmeLanguageSnippetsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final EmployeeId ANNA = EmployeeId.of("em-anna");
  private static final CustomerId SON = CustomerId.of("c-201");
  private static final CustomerId MOTHER = CustomerId.of("c-202");
  private static final FactKey FEES = FactKey.of("annual-fees");

  private static Customer son() {
    Customer son = Customer.person(SON, "Zhou Ming").assignAccountManager(ANNA, NOW.minus(Duration.ofDays(400)))
        .recordFact(ProfileFact.builder().key(FEES).category(FactCategory.FINANCIAL)
            .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR 1,240.00").source("statement")
            .recordedAt(NOW.minus(Duration.ofDays(30))).build());
    return Customer.builder().from(son).addRelatedParty(RelatedParty.of(MOTHER, Relation.FAMILY_MEMBER)).build();
  }

  @Test
  void aRefusalReadsInTheReadersLanguageAndStaysEnglishForTheLog() {
    Disclosures desk = Disclosures.of(DisclosureAuthoriser.ownAccountManager(), entry -> { }, CLOCK);
    Customer li = son();
    // README: explanations
    DisclosureDecision asked = desk.decide(li, FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER));
    asked.reason();                            // "no consent in force from customer c-201 to tell c-202 (a family member) ..."
    asked.reason(Locale.SIMPLIFIED_CHINESE);   // "客户 c-201 没有有效的同意，不能把财务信息告诉 c-202（家庭成员）；有亲属关系不等于同意"
    // README: end

    assertThat(asked.granted()).isFalse();
    assertThat(asked.reason()).startsWith("no consent in force from customer c-201 to tell c-202 (a family member)");
    assertThat(asked.reason(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("客户 c-201 没有有效的同意，不能把财务信息告诉 c-202（家庭成员）；有亲属关系不等于同意");
  }

  @Test
  void aValidationRefusalKeepsItsEnglishMessageAndReadsInChineseOnAScreen() {
    String shown = null;
    String logged = null;
    // README: rule-texts
    try {
      IdentityNormalizer.forCountryCode("86").phone("138-ABCD-0000");
    } catch (InvalidValueException e) {
      logged = e.getMessage();                         // "phone must contain only digits, ... , was <redacted>"
      shown = e.describe(Locale.SIMPLIFIED_CHINESE);   // "phone：只能包含数字、空格、( ) . - / 以及开头的 +（实际为 <redacted>）"
    }
    // README: end

    assertThat(logged).isEqualTo("phone must contain only digits, spaces, ( ) . - / and a leading +, was <redacted>");
    assertThat(shown).isEqualTo("phone：只能包含数字、空格、( ) . - / 以及开头的 +（实际为 <redacted>）");
  }

  @Test
  void theGuideShowsEverySnippetOfThisFileVerbatim() throws java.io.IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeLanguageSnippetsTest")).isEqualTo(2);
  }
}
