package io.crmkit.core.customer.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the banking case read in the reader's language: the manager who asks, the mother
 * who is refused and the son's consent are explained in English and in Chinese, the English text
 * stays the decision's reason (and the exception's message), and no rendering carries the value.
 */
class DisclosureExplanationTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final EmployeeId ANNA = EmployeeId.of("em-anna");
  private static final CustomerId SON = CustomerId.of("c-201");
  private static final CustomerId MOTHER = CustomerId.of("c-202");
  private static final FactKey FEES = FactKey.of("annual-fees");
  private final Disclosures desk = Disclosures.of(DisclosureAuthoriser.ownAccountManager(), e -> { }, CLOCK);

  private static Customer son() {
    Customer son = Customer.person(SON, "Zhou Ming").assignAccountManager(ANNA, NOW.minus(Duration.ofDays(400)))
        .recordFact(ProfileFact.builder().key(FEES).category(FactCategory.FINANCIAL)
            .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR 1,240.00").source("statement")
            .recordedAt(NOW.minus(Duration.ofDays(30))).build());
    return Customer.builder().from(son).addRelatedParty(RelatedParty.of(MOTHER, Relation.FAMILY_MEMBER)).build();
  }

  @Test
  void theManagersGrantReadsInBothLanguages() {
    Disclosure told = desk.disclose(son(), FEES, DisclosureRequest.forStaff(ANNA, DisclosurePurpose.ACCOUNT_REVIEW));

    assertThat(told.grantedBecause()).isEqualTo("em-anna is the current account manager of c-201");
    assertThat(told.grantedBecause(Locale.ENGLISH)).isEqualTo(told.grantedBecause());
    assertThat(told.grantedBecause(Locale.SIMPLIFIED_CHINESE)).isEqualTo("em-anna 是 c-201 现任的客户经理");
  }

  @Test
  void theMothersRefusalNamesTheRelationAndTheCategoryInChineseAndKeepsTheMessageEnglish() {
    DisclosureRefusedException refused = catchThrowableOfType(
        () -> desk.disclose(son(), FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER)), DisclosureRefusedException.class);

    assertThat(refused.reason()).isEqualTo("no consent in force from customer c-201 to tell c-202 (a family member)"
        + " facts of category FINANCIAL; being related is not consent");
    assertThat(refused.getMessage()).contains(refused.reason());
    assertThat(refused.reason(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("客户 c-201 没有有效的同意，不能把财务信息告诉 c-202（家庭成员）；有亲属关系不等于同意")
        .doesNotContain("1,240");
  }

  @Test
  void theSonsConsentAndItsExpiryReadInChinese() {
    Customer consenting = son().grantConsent(Consent.of(MOTHER, Set.of(FactCategory.FINANCIAL), NOW,
        NOW.plus(Duration.ofDays(365))));
    DisclosureDecision decision = desk.decide(consenting, FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER));

    assertThat(decision.granted()).isTrue();
    assertThat(decision.reason(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("客户 c-201 同意把财务信息告诉 c-202，有效期至 2027-03-02T09:00:00Z");

    Disclosures later = Disclosures.of(DisclosureAuthoriser.ownAccountManager(), e -> { },
        Clock.fixed(NOW.plus(Duration.ofDays(400)), ZoneOffset.UTC));
    DisclosureDecision expired = later.decide(consenting, FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER));
    assertThat(expired.reason()).startsWith("the latest consent expired at 2027-03-02T09:00:00Z from customer c-201");
    assertThat(expired.reason(Locale.SIMPLIFIED_CHINESE)).startsWith("客户 c-201 最近一次的同意已于 2027-03-02T09:00:00Z 到期");
  }

  @Test
  void aHostsOwnDecisionWithoutExplanationReadsAsItsReasonInEveryLanguage() {
    DisclosureDecision host = DisclosureDecision.grant("the branch's duty roster allows it");

    assertThat(host.explanation()).isEmpty();
    assertThat(host.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("the branch's duty roster allows it");
  }
}
