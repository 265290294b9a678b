package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPerson;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.ContactRole;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTest {
  private static final Instant T0 = Instant.parse("2025-01-10T10:00:00Z");
  private static final FactKey OCCUPATION = FactKey.of("occupation");
  private static final EmployeeId ANNA = EmployeeId.of("em-anna");
  private static final EmployeeId BEN = EmployeeId.of("em-ben");

  private static ProfileFact occupation(String value, Instant at) {
    return ProfileFact.builder().key(OCCUPATION).category(FactCategory.DEMOGRAPHIC)
        .sensitivity(Sensitivity.INTERNAL).content(value).source("account opening form")
        .recordedAt(at).build();
  }

  private static Customer liWei() {
    return Customer.person(CustomerId.of("c-001"), "Li Wei");
  }

  @Test
  void aNewValueForAFactKeepsTheEarlierValueInTheHistory() {
    Customer customer = liWei().recordFact(occupation("teacher", T0))
        .recordFact(occupation("school principal", T0.plus(Duration.ofDays(300))));

    assertThat(customer.fact(OCCUPATION).flatMap(ProfileFact::value)).contains("school principal");
    assertThat(customer.factHistory(OCCUPATION)).extracting(f -> f.value().orElseThrow())
        .containsExactly("teacher", "school principal");
  }

  @Test
  void aBackfilledOlderFactDoesNotReplaceTheNewerCurrentValue() {
    Customer customer = liWei().recordFact(occupation("school principal", T0.plus(Duration.ofDays(300))))
        .recordFact(occupation("teacher", T0));

    assertThat(customer.fact(OCCUPATION).flatMap(ProfileFact::value)).contains("school principal");
    assertThat(customer.factHistory(OCCUPATION)).hasSize(2);
  }

  @Test
  void verifyingAFactAddsARevisionAndMakesItFreshAgain() {
    Clock twoYearsLater = Clock.fixed(T0.plus(Duration.ofDays(730)), ZoneOffset.UTC);
    Customer customer = liWei().recordFact(occupation("teacher", T0));
    assertThat(customer.staleFacts(Duration.ofDays(365), twoYearsLater)).extracting(ProfileFact::key)
        .containsExactly(OCCUPATION);

    Customer verified = customer.verifyFact(OCCUPATION, T0.plus(Duration.ofDays(700)));

    assertThat(verified.staleFacts(Duration.ofDays(365), twoYearsLater)).isEmpty();
    assertThat(verified.factHistory(OCCUPATION)).hasSize(2);
    assertThat(verified.fact(OCCUPATION).orElseThrow().lastVerifiedAt())
        .contains(T0.plus(Duration.ofDays(700)));
  }

  @Test
  void aDisputedFactIsReportedWithItsReasonAndTheOriginalRevisionStays() {
    Customer customer = liWei().recordFact(occupation("teacher", T0))
        .disputeFact(OCCUPATION, "customer says she retired in 2024");

    assertThat(customer.disputedFacts()).singleElement()
        .satisfies(f -> assertThat(f.disputeReason()).contains("customer says she retired in 2024"));
    assertThat(customer.factHistory(OCCUPATION)).extracting(ProfileFact::disputed)
        .containsExactly(false, true);
  }

  @Test
  void verifyingAFactTheCustomerDoesNotHaveNamesTheKey() {
    assertThatThrownBy(() -> liWei().verifyFact(OCCUPATION, T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("factKey").hasMessageContaining("occupation");
  }

  @Test
  void staleFactsRequireAPositiveMaximumAge() {
    assertThatThrownBy(() -> liWei().staleFacts(Duration.ZERO, Clock.systemUTC()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxAge must be positive");
  }

  @Test
  void aNewAccountManagerEndsTheCurrentAssignmentAndKeepsTheHistory() {
    Instant handover = T0.plus(Duration.ofDays(90));
    Customer customer = liWei().assignAccountManager(ANNA, T0).assignAccountManager(BEN, handover);

    assertThat(customer.currentAccountManager()).contains(BEN);
    assertThat(customer.accountManagers()).hasSize(2);
    assertThat(customer.accountManagers().get(0).until()).contains(handover);
  }

  @Test
  void anAssignmentCannotStartBeforeTheCurrentOneBegan() {
    Customer customer = liWei().assignAccountManager(ANNA, T0);
    assertThatThrownBy(() -> customer.assignAccountManager(BEN, T0.minusSeconds(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("assignedAt");
  }

  @Test
  void reassigningTheSameManagerIsRejected() {
    Customer customer = liWei().assignAccountManager(ANNA, T0);
    assertThatThrownBy(() -> customer.assignAccountManager(ANNA, T0.plusSeconds(60)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must differ from the current account manager");
  }

  @Test
  void overlappingAssignmentsCannotBeBuilt() {
    AccountManagerAssignment open = AccountManagerAssignment.of(ANNA, T0);
    assertThatThrownBy(() -> Customer.builder().from(liWei())
        .accountManagers(List.of(open, AccountManagerAssignment.of(BEN, T0.plusSeconds(5)))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("customer.accountManagers");
  }

  @Test
  void anOrganizationReachedThroughOnePersonIsARisk() {
    Customer acme = Customer.builder().id(CustomerId.of("c-500")).kind(CustomerKind.ORGANIZATION)
        .displayName("Acme Trading Co.")
        .addContactPerson(ContactPerson.of("Ms Chen", ContactRole.DAILY_CONTACT))
        .addContactPoint(ContactPoint.verified(ContactPointKind.EMAIL, "info@acme.example")).build()
        .assignAccountManager(ANNA, T0);

    assertThat(acme.relationshipRisks()).containsExactly(RelationshipRisk.SINGLE_CONTACT_PERSON,
        RelationshipRisk.NO_DECISION_MAKER);

    Customer safer = Customer.builder().from(acme)
        .addContactPerson(ContactPerson.of("Mr Zhao", ContactRole.DECISION_MAKER)).build();
    assertThat(safer.relationshipRisks()).isEmpty();
  }

  @Test
  void aPersonHasNoContactPersons() {
    assertThatThrownBy(() -> Customer.builder().from(liWei())
        .addContactPerson(ContactPerson.of("Assistant", ContactRole.DAILY_CONTACT)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customer.contactPersons must be empty for a PERSON");
  }

  @Test
  void aCustomerCannotBeItsOwnRelatedParty() {
    assertThatThrownBy(() -> Customer.builder().from(liWei())
        .addRelatedParty(RelatedParty.of(CustomerId.of("c-001"), Relation.FAMILY_MEMBER)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("customer.relatedParties");
  }

  @Test
  void quietHoursLeaveLunchOpenForCalls() {
    ContactPreferences prefs = ContactPreferences.builder()
        .addPreferredChannels(Channel.PHONE_CALL, Channel.TEXT_MESSAGE, Channel.EMAIL)
        .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(9, 0), LocalTime.of(12, 0)))
        .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(13, 0), LocalTime.of(18, 0)))
        .zone(ZoneId.of("Asia/Shanghai")).build();
    Instant mondayTenShanghai = Instant.parse("2026-03-02T02:00:00Z");
    Instant mondayLunchShanghai = Instant.parse("2026-03-02T04:30:00Z");

    assertThat(prefs.mayUse(Channel.PHONE_CALL, mondayTenShanghai)).isFalse();
    assertThat(prefs.bestChannelAt(mondayTenShanghai)).contains(Channel.TEXT_MESSAGE);
    assertThat(prefs.bestChannelAt(mondayLunchShanghai)).contains(Channel.PHONE_CALL);
  }

  @Test
  void quotationHistoryShowsHowOurPriceDeveloped() {
    Product router = Product.of("Edge router", "ER-4");
    Quotation first = CustomerGen.quote("q-1", router, "1200.00", "900.00", LocalDate.of(2025, 5, 1));
    Quotation second = CustomerGen.quote("q-2", router, "1150.00", "900.00", LocalDate.of(2025, 9, 1));
    Customer customer = liWei().recordQuotation(second).recordQuotation(first);

    assertThat(customer.quoteHistory(router)).extracting(Quotation::quoteId).containsExactly("q-1", "q-2");
  }

  @Test
  void anOrderIdAppearsOnlyOnce() {
    Order order = CustomerGen.order("o-1", "2026-01-01", "10.00");
    Customer customer = liWei().placeOrder(order);
    assertThatThrownBy(() -> customer.placeOrder(order)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customer.orders.orderId must not contain duplicates");
  }
}
