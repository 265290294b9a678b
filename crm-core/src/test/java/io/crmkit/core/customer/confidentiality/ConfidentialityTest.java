package io.crmkit.core.customer.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The banking case: a son and his mother both hold accounts with the same account manager. Their
 * finances are separate; the manager may not tell the mother the son's fees or assets.
 */
class ConfidentialityTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final EmployeeId MANAGER = EmployeeId.of("em-anna");
  private static final CustomerId SON = CustomerId.of("c-201");
  private static final CustomerId MOTHER = CustomerId.of("c-202");
  private static final FactKey FEES = FactKey.of("annual-fees");
  private static final FactKey ASSETS = FactKey.of("assets");
  private static final Instant IN_A_YEAR = NOW.plus(Duration.ofDays(365));
  private final List<DisclosureAuditEntry> audit = new ArrayList<>();
  private final Disclosures desk = Disclosures.of(DisclosureAuthoriser.ownAccountManager(), audit::add, CLOCK);

  private static ProfileFact financial(FactKey key, String value) {
    return ProfileFact.builder().key(key).category(FactCategory.FINANCIAL)
        .sensitivity(Sensitivity.CONFIDENTIAL).content(value).source("statement 2025")
        .recordedAt(NOW.minus(Duration.ofDays(20))).build();
  }

  private static Customer son() {
    Customer son = Customer.person(SON, "Zhou Ming").assignAccountManager(MANAGER, NOW.minus(Duration.ofDays(800)))
        .recordFact(financial(FEES, "EUR 1,240.00")).recordFact(financial(ASSETS, "EUR 182,000.00"));
    return Customer.builder().from(son).addRelatedParty(RelatedParty.of(MOTHER, Relation.FAMILY_MEMBER))
        .build();
  }

  private static Customer mother() {
    Customer mother = Customer.person(MOTHER, "Zhou Hua").assignAccountManager(MANAGER, NOW.minus(Duration.ofDays(900)));
    return Customer.builder().from(mother).addRelatedParty(RelatedParty.of(SON, Relation.FAMILY_MEMBER))
        .build();
  }

  @Test
  void bothAreServedByTheSameAccountManager() {
    assertThat(son().currentAccountManager()).isEqualTo(mother().currentAccountManager()).contains(MANAGER);
  }

  @Test
  void theManagerMayReadTheSonsFeesForHerOwnWorkWithHim() {
    Disclosure disclosure = desk.disclose(son(), FEES, DisclosureRequest.forStaff(MANAGER, DisclosurePurpose.ACCOUNT_REVIEW));

    assertThat(disclosure.value()).isEqualTo("EUR 1,240.00");
    assertThat(disclosure.request().purpose()).isEqualTo(DisclosurePurpose.ACCOUNT_REVIEW);
    assertThat(disclosure.disclosedAt()).isEqualTo(NOW);
  }

  @Test
  void theManagerMayNotTellTheMotherHerSonsFeesOrAssets() {
    for (FactKey key : Set.of(FEES, ASSETS)) {
      DisclosureRequest motherAsks = DisclosureRequest.toThirdParty(MANAGER, MOTHER);

      assertThat(desk.decide(son(), key, motherAsks).granted()).isFalse();
      assertThatThrownBy(() -> desk.disclose(son(), key, motherAsks))
          .isInstanceOf(DisclosureRefusedException.class)
          .hasMessageContaining("c-201").hasMessageContaining(key.value())
          .hasMessageContaining("being related is not consent")
          .hasMessageNotContaining("1,240").hasMessageNotContaining("182,000");
    }
  }

  @Test
  void withTheSonsWrittenConsentTheMotherMayBeTold() {
    Customer consenting = son().grantConsent(Consent.of(MOTHER, Set.of(FactCategory.FINANCIAL), NOW.minusSeconds(60), IN_A_YEAR));

    Disclosure told = desk.disclose(consenting, FEES, DisclosureRequest.toThirdParty(MANAGER, MOTHER));

    assertThat(told.value()).isEqualTo("EUR 1,240.00");
    assertThat(told.grantedBecause()).contains("consented");
  }

  @Test
  void aWithdrawnConsentNoLongerPermitsDisclosure() {
    Consent consent = Consent.of(MOTHER, Set.of(FactCategory.FINANCIAL), NOW.minus(Duration.ofDays(10)), IN_A_YEAR)
        .withdrawn(NOW.minus(Duration.ofDays(1)));
    Customer withdrawn = son().grantConsent(consent);

    assertThat(desk.decide(withdrawn, FEES, DisclosureRequest.toThirdParty(MANAGER, MOTHER))
        .granted()).isFalse();
  }

  @Test
  void aConsentForOneCategoryDoesNotOpenAnother() {
    Customer consenting = son().grantConsent(Consent.of(MOTHER, Set.of(FactCategory.BEHAVIORAL), NOW.minusSeconds(60), IN_A_YEAR));
    assertThat(desk.decide(consenting, ASSETS, DisclosureRequest.toThirdParty(MANAGER, MOTHER))
        .granted()).isFalse();
  }

  @Test
  void theSonHimselfMayAlwaysHearHisOwnData() {
    assertThat(desk.disclose(son(), ASSETS, DisclosureRequest.toTheCustomer(MANAGER))
        .value()).isEqualTo("EUR 182,000.00");
  }

  @Test
  void confidentialValuesNeverReachToStringOfTheCustomerTheFactOrTheDisclosure() {
    Customer son = son();
    Disclosure disclosure = desk.disclose(son, FEES, DisclosureRequest.forStaff(MANAGER, DisclosurePurpose.ACCOUNT_REVIEW));

    assertThat(son.toString()).doesNotContain("1,240").doesNotContain("182,000").doesNotContain("Zhou Ming");
    assertThat(son.facts().toString()).doesNotContain("1,240").contains("<redacted>");
    assertThat(disclosure.toString()).doesNotContain("1,240");
  }

  @Test
  void aConfidentialValueCannotBeReadFromTheFactDirectly() {
    assertThat(son().fact(FEES).orElseThrow().value()).isEmpty();
  }

  @Test
  void aFinancialFactMustBeConfidential() {
    assertThatThrownBy(() -> ProfileFact.builder().key(FEES).category(FactCategory.FINANCIAL)
        .sensitivity(Sensitivity.PERSONAL).content("EUR 1,240.00").source("statement")
        .recordedAt(NOW).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("profileFact.sensitivity must be CONFIDENTIAL for a FINANCIAL fact");
  }

  @Test
  void aBlankConfidentialValueIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> ProfileFact.builder().key(FEES).category(FactCategory.FINANCIAL)
        .sensitivity(Sensitivity.CONFIDENTIAL).content("   ").source("statement").recordedAt(NOW).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).rejectedValue()).isEqualTo("<redacted>"));
  }

  @Test
  void aStaffRequestMustStateAStaffPurpose() {
    assertThatThrownBy(() -> DisclosureRequest.forStaff(MANAGER, DisclosurePurpose.CONSENTED_SHARING))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("disclosureRequest.purpose must be a purpose for a STAFF recipient");
  }

  @Test
  void everyDecisionIsAuditedWithoutTheValue() {
    desk.disclose(son(), FEES, DisclosureRequest.forStaff(MANAGER, DisclosurePurpose.ACCOUNT_REVIEW));
    assertThatThrownBy(() -> desk.disclose(son(), FEES, DisclosureRequest.toThirdParty(MANAGER, MOTHER)))
        .isInstanceOf(DisclosureRefusedException.class);
    assertThat(audit).extracting(DisclosureAuditEntry::granted).containsExactly(true, false);
    assertThat(audit).extracting(DisclosureAuditEntry::released).containsExactly(true, false);
    assertThat(audit.toString()).doesNotContain("1,240");
  }
}
