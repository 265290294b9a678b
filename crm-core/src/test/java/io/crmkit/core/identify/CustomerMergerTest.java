package io.crmkit.core.identify;

import static io.crmkit.core.identify.DuplicateDetectorTest.email;
import static io.crmkit.core.identify.DuplicateDetectorTest.person;
import static io.crmkit.core.identify.DuplicateDetectorTest.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.MergeRecord;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerMergerTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final EmployeeId ANNA = EmployeeId.of("em-anna");
  private final CustomerMerger merger = CustomerMerger.using(IdentityNormalizer.forCountryCode("86"));

  private static ProfileFact fact(String key, String value, String source, Instant at) {
    return ProfileFact.builder().key(FactKey.of(key)).category(FactCategory.BEHAVIORAL)
        .sensitivity(Sensitivity.PERSONAL).content(value).source(source).recordedAt(at).build();
  }

  private static Order order(String id) {
    return Order.builder().orderId(id).orderDate(LocalDate.of(2026, 1, 5)).product(Product.of("Plan", "P-1"))
        .unitPrice(Money.of("99.00", "EUR")).quantity(1).build();
  }

  @Test
  void everyFactOfTheAbsorbedRecordMovesWithItsProvenance() {
    ProfileFact children = fact("has-young-children", "two, aged 3 and 5", "branch visit", NOW.minusSeconds(9000));
    Customer survivor = person("c-1", "Li Wei", email("li.wei@example.com"))
        .recordFact(fact("likes-new-fund-launches", "yes", "call with Anna", NOW.minusSeconds(5000)));
    Customer absorbed = person("c-2", "WEI LI", phone("138 0013 8000")).recordFact(children);

    Customer merged = merger.merge(survivor, absorbed, Set.of(MatchKind.VERIFIED_IDENTITY), ANNA, CLOCK);

    assertThat(merged.facts()).hasSize(2);
    ProfileFact moved = merged.fact(FactKey.of("has-young-children")).orElseThrow();
    assertThat(moved.source()).isEqualTo("branch visit");
    assertThat(moved.recordedAt()).isEqualTo(children.recordedAt());
    assertThat(moved.mergedFrom()).contains(CustomerId.of("c-2"));
    assertThat(merged.fact(FactKey.of("likes-new-fund-launches")).orElseThrow().mergedFrom()).isEmpty();
  }

  @Test
  void theAbsorbedIdBecomesAnAliasAndTheMergeCanBeExplainedAfterwards() {
    Customer merged = merger.merge(person("c-1", "Li Wei"), person("c-2", "WEI LI"),
        Set.of(MatchKind.VERIFIED_IDENTITY), ANNA, CLOCK);

    assertThat(merged.isKnownAs(CustomerId.of("c-2"))).isTrue();
    MergeRecord record = merged.merges().get(0);
    assertThat(record.explain()).contains("c-2 was merged into c-1 by em-anna at 2026-03-02T09:00:00Z")
        .contains("because of verified identity").contains("c-2 remains an alias");
  }

  @Test
  void theSameContactPointWrittenTwoWaysIsKeptOnceAndAVerificationCarriesOver() {
    Customer survivor = person("c-1", "Li Wei", phone("138 0013 8000"));
    Customer absorbed = person("c-2", "Li Wei", ContactPoint.verified(ContactPointKind.PHONE, "+86 138-0013-8000"),
        email("li.wei@example.com"));

    Customer merged = merger.merge(survivor, absorbed, Set.of(MatchKind.SAME_PHONE), ANNA, CLOCK);

    assertThat(merged.contactPoints()).hasSize(2);
    assertThat(merged.verifiedContactPoints()).singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo("138 0013 8000"));
    assertThat(merged.merges().get(0).contactPointsMoved()).isEqualTo(1);
  }

  @Test
  void ordersOfBothRecordsAreKept() {
    Customer merged = merger.merge(person("c-1", "Li Wei").placeOrder(order("o-1")),
        person("c-2", "Li Wei").placeOrder(order("o-2")), Set.of(MatchKind.VERIFIED_IDENTITY), ANNA, CLOCK);
    assertThat(merged.orders()).extracting(Order::orderId).containsExactly("o-1", "o-2");
  }

  @Test
  void twoDifferentOrdersUnderOneIdAreAConflictNotASilentPick() {
    Order other = Order.builder().from(order("o-1")).quantity(3).build();
    assertThatThrownBy(() -> merger.merge(person("c-1", "Li Wei").placeOrder(order("o-1")),
        person("c-2", "Li Wei").placeOrder(other), Set.of(MatchKind.VERIFIED_IDENTITY), ANNA, CLOCK))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("absorbed.orders");
  }

  @Test
  void aPersonCannotBeMergedIntoAnOrganization() {
    Customer acme = Customer.organization(CustomerId.of("c-9"), "Li Wei Trading");
    assertThatThrownBy(() -> merger.merge(acme, person("c-1", "Li Wei"), Set.of(MatchKind.VERIFIED_IDENTITY), ANNA, CLOCK))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("absorbed.kind");
  }

  @Test
  void aRecordCannotBeMergedIntoItself() {
    Customer li = person("c-1", "Li Wei");
    assertThatThrownBy(() -> merger.merge(li, li, Set.of(MatchKind.VERIFIED_IDENTITY), ANNA, CLOCK))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("absorbed.id");
  }

  @Test
  void mergingACandidateKeepsTheRicherRecordAsSurvivor() {
    Customer thin = person("c-1", "Li Wei", email("li.wei@example.com"));
    Customer rich = person("c-2", "Li Wei", email("li.wei@example.com"), phone("13800138000"))
        .placeOrder(order("o-1"));
    DuplicateCandidate candidate = DuplicateDetector.using(IdentityNormalizer.forCountryCode("86"))
        .detect(List.of(thin, rich)).candidates().get(0);

    Customer merged = merger.merge(candidate, Map.of(thin.id(), thin, rich.id(), rich), ANNA, CLOCK);

    assertThat(merged.id()).isEqualTo(CustomerId.of("c-2"));
    assertThat(merged.merges().get(0).evidence())
        .containsExactlyInAnyOrderElementsOf(candidate.evidenceDescriptions());
  }
}
