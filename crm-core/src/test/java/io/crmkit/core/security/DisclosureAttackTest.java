package io.crmkit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.customer.confidentiality.DisclosureAuditEntry;
import io.crmkit.core.customer.confidentiality.DisclosureAuthoriser;
import io.crmkit.core.customer.confidentiality.DisclosurePurpose;
import io.crmkit.core.customer.confidentiality.DisclosureRefusedException;
import io.crmkit.core.customer.confidentiality.DisclosureRequest;
import io.crmkit.core.customer.confidentiality.Disclosures;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the disclosure policy as the issue found them: any employee with any purpose, a
 * re-recorded withdrawal, a consent that never ends, a caller's clock set before the withdrawal.
 * Each failed against the policy that trusted the caller.
 */
class DisclosureAttackTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final FactKey FEES = FactKey.of("fees");
  static final EmployeeId ANNA = EmployeeId.of("em-anna");
  static final EmployeeId INTERN = EmployeeId.of("em-intern");
  static final CustomerId MOTHER = CustomerId.of("c-202");

  final List<DisclosureAuditEntry> audit = new ArrayList<>();
  final Disclosures desk = Disclosures.of(DisclosureAuthoriser.ownAccountManager(), audit::add, CLOCK);

  static Customer son() {
    return Customer.person(CustomerId.of("c-201"), "Zhou Ming").assignAccountManager(ANNA, NOW.minusSeconds(9000))
        .recordFact(ProfileFact.builder().key(FEES).category(FactCategory.FINANCIAL).sensitivity(Sensitivity.CONFIDENTIAL)
            .content("EUR 1,240.00").source("statement").recordedAt(NOW.minusSeconds(600)).build());
  }

  static Consent consent(Instant from, Duration validFor) {
    return Consent.of(MOTHER, Set.of(FactCategory.FINANCIAL), from, from.plus(validFor));
  }

  @Test
  void anEmployeeWhoIsNotTheAccountManagerIsRefusedForEveryRecipientAndTheRefusalIsAudited() {
    for (DisclosureRequest request : List.of(DisclosureRequest.forStaff(INTERN, DisclosurePurpose.ACCOUNT_SERVICING),
        DisclosureRequest.toTheCustomer(INTERN), DisclosureRequest.toThirdParty(INTERN, MOTHER))) {
      assertThatThrownBy(() -> desk.disclose(son(), FEES, request)).isInstanceOf(DisclosureRefusedException.class)
          .hasMessageNotContaining("1,240");
    }
    assertThat(audit).hasSize(3).allSatisfy(e -> assertThat(e.granted()).isFalse())
        .allSatisfy(e -> assertThat(e.request().requestedBy()).isEqualTo(INTERN));
    assertThat(audit.toString()).doesNotContain("1,240");
  }

  @Test
  void aRoleTheHostsDirectoryNamesGrantsOnlyItsPurposes() {
    Disclosures withComplaintsTeam = Disclosures.of(DisclosureAuthoriser.ownAccountManagerOrRoles(
        e -> e.equals(INTERN) ? Set.of("complaints-team") : Set.of(),
        Map.of(DisclosurePurpose.COMPLAINT_HANDLING, Set.of("complaints-team"))), audit::add, CLOCK);
    assertThat(withComplaintsTeam.disclose(son(), FEES,
        DisclosureRequest.forStaff(INTERN, DisclosurePurpose.COMPLAINT_HANDLING)).value()).isEqualTo("EUR 1,240.00");
    assertThat(withComplaintsTeam.decide(son(), FEES,
        DisclosureRequest.forStaff(INTERN, DisclosurePurpose.CREDIT_DECISION)).granted()).isFalse();
  }

  @Test
  void aWithdrawalRecordedAfterTheOriginalConsentWins() {
    Consent original = consent(NOW.minus(Duration.ofDays(10)), Duration.ofDays(365));
    Customer c = son().grantConsent(original).grantConsent(original.withdrawn(NOW.minus(Duration.ofDays(1))));
    assertThat(desk.decide(c, FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER)).granted()).isFalse();
  }

  @Test
  void aNarrowerLaterConsentReplacesAnEarlierOneForTheSameGranteeAndCategory() {
    Consent wide = consent(NOW.minus(Duration.ofDays(10)), Duration.ofDays(365));
    Consent laterExpired = consent(NOW.minus(Duration.ofDays(5)), Duration.ofDays(1));
    Customer c = son().grantConsent(wide).grantConsent(laterExpired);
    assertThat(desk.decide(c, FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER)).granted()).isFalse();
  }

  @Test
  void aConsentExpires() {
    Customer c = son().grantConsent(consent(NOW.minus(Duration.ofDays(3650)), Duration.ofDays(365)));
    assertThat(desk.decide(c, FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER)).reason()).contains("expired");
  }

  @Test
  void aConsentInForceOpensTheValueToTheGrantee() {
    Customer c = son().grantConsent(consent(NOW.minus(Duration.ofDays(3)), Duration.ofDays(365)));
    assertThat(desk.disclose(c, FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER)).value()).isEqualTo("EUR 1,240.00");
  }

  @Test
  void theTimeIsTheLibrarysClockNotTheCallers() {
    // No disclosure method takes a clock: the desk judges at the instant of the clock it was built with.
    Consent withdrawn = consent(NOW.minus(Duration.ofDays(10)), Duration.ofDays(365)).withdrawn(NOW.minus(Duration.ofDays(1)));
    assertThat(desk.decide(son().grantConsent(withdrawn), FEES, DisclosureRequest.toThirdParty(ANNA, MOTHER)).granted())
        .isFalse();
    assertThat(audit).last().satisfies(e -> assertThat(e.at()).isEqualTo(NOW));
  }

  @Test
  void aValueIsNotReleasedWhenTheAuditCannotRecordIt() {
    Disclosures broken = Disclosures.of(DisclosureAuthoriser.ownAccountManager(), e -> {
      throw new IllegalStateException("audit store down");
    }, CLOCK);
    assertThatThrownBy(() -> broken.disclose(son(), FEES, DisclosureRequest.forStaff(ANNA,
        DisclosurePurpose.ACCOUNT_REVIEW))).isInstanceOf(IllegalStateException.class);
  }
}
