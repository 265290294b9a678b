package io.crmkit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.identify.CustomerMerger;
import io.crmkit.core.identify.DuplicateDetector;
import io.crmkit.core.identify.IdentityNormalizer;
import io.crmkit.core.identify.MatchKind;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Namesakes: two people called Li Wei must never become one record, and no merge carries consents. */
class MergeAttackTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  final CustomerMerger merger = CustomerMerger.using(IdentityNormalizer.forCountryCode("86"));

  static Customer liWei(String id, String email) {
    return Customer.builder().from(Customer.person(CustomerId.of(id), "Li Wei"))
        .addContactPoint(ContactPoint.of(ContactPointKind.EMAIL, email)).build();
  }

  @Test
  void namesakesAreNoDuplicateCandidates() {
    assertThat(DuplicateDetector.using(IdentityNormalizer.forCountryCode("86"))
        .detect(List.of(liWei("c-1", "a@example.com"), liWei("c-2", "b@example.com"))).candidates()).isEmpty();
  }

  @Test
  void aNameAloneOrAClaimedContactTheRecordsDoNotShareCannotJustifyAMerge() {
    Customer a = liWei("c-1", "a@example.com");
    Customer b = liWei("c-2", "b@example.com");
    assertThatThrownBy(() -> merger.merge(a, b, Set.of(MatchKind.SAME_NAME), EmployeeId.of("em-1"), CLOCK))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not a name alone");
    assertThatThrownBy(() -> merger.merge(a, b, Set.of(MatchKind.SAME_EMAIL), EmployeeId.of("em-1"), CLOCK))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must hold for both records");
  }

  @Test
  void consentsNeverTravelInAMerge() {
    Customer survivor = liWei("c-1", "li@example.com");
    Customer absorbed = liWei("c-2", "li@example.com").grantConsent(Consent.of(CustomerId.of("c-9"),
        Set.of(FactCategory.FINANCIAL), NOW.minusSeconds(60), NOW.plusSeconds(86_400)));
    Customer merged = merger.merge(survivor, absorbed, Set.of(MatchKind.SAME_EMAIL), EmployeeId.of("em-1"), CLOCK);
    assertThat(merged.consents()).isEmpty();
    assertThat(merged.merges().get(0).explain()).doesNotContain("li@example.com").contains("same email");
  }
}
