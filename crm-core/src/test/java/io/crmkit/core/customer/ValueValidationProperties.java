package io.crmkit.core.customer;

import static io.crmkit.core.customer.CustomerGen.blanks;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.crmkit.core.validation.Rejections.rejects;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.customer.confidentiality.DisclosureRequest;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPerson;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.ContactRole;
import io.crmkit.core.customer.contact.ImmutableContactPerson;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.sales.ExchangeRate;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Every value type rejects invalid input with an {@link InvalidValueException} that names the field;
 * nothing half-built escapes.
 */
class ValueValidationProperties {
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");


  /** Strings with a character outside letters, digits and . _ : - (or too long). */
  private static Gen<String> malformedIds() {
    Gen<String> withBadChar = strings().basicLatinAlphabet().ofLengthBetween(0, 10)
        .zip(strings().betweenCodePoints(0x20, 0x2F).ofLength(1), (s, bad) -> s + bad)
        .assuming(s -> !s.matches("[A-Za-z0-9._:-]{1,64}"));
    Gen<String> tooLong = integers().between(65, 200).map("x"::repeat);
    return withBadChar.mix(tooLong);
  }

  @Test
  void customerIdsRejectEmptyMalformedAndOverlongValues() {
    qt().forAll(malformedIds()).checkAssert(id -> rejects(() -> CustomerId.of(id), "customerId"));
    qt().forAll(malformedIds()).checkAssert(id -> rejects(() -> EmployeeId.of(id), "employeeId"));
  }

  @Test
  void factKeysMustBeKebabCase() {
    qt().forAll(strings().ascii().ofLengthBetween(0, 20)
        .assuming(s -> !s.matches("[a-z0-9]+(-[a-z0-9]+)*")))
        .checkAssert(key -> rejects(() -> FactKey.of(key), "factKey"));
  }

  @Test
  void blankTextIsRejectedInEveryTextField() {
    qt().forAll(blanks()).checkAssert(blank -> {
      rejects(() -> Customer.person(CustomerId.of("c-1"), blank), "customer.displayName");
      rejects(() -> ContactPoint.of(ContactPointKind.POSTAL_ADDRESS, blank), "contactPoint.value");
      rejects(() -> ContactPerson.of(blank, ContactRole.DAILY_CONTACT), "contactPerson.name");
      rejects(() -> Product.of(blank, "M-1"), "product.name");
      rejects(() -> Product.of("Plan", blank), "product.model");
      rejects(() -> Need.now(blank, LocalDate.of(2026, 1, 1)), "need.description");
      rejects(() -> PlannedAction.of(blank, LocalDate.of(2026, 1, 1)), "plannedAction.description");
      rejects(() -> ProfileFact.builder().key(FactKey.of("occupation")).category(FactCategory.DEMOGRAPHIC)
          .sensitivity(Sensitivity.INTERNAL).content("teacher").source(blank).recordedAt(T).build(),
          "profileFact.source");
    });
  }

  @Test
  void emailContactPointsNeedOneAtBetweenTwoParts() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 12)
        .assuming(s -> !s.isBlank() && (s.indexOf('@') <= 0 || s.indexOf('@') != s.lastIndexOf('@')
            || s.trim().endsWith("@"))))
        .checkAssert(s -> rejects(() -> ContactPoint.of(ContactPointKind.EMAIL, s), "contactPoint.value"));
  }

  @Test
  void orderQuantitiesMustBePositive() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 0)).checkAssert(q -> rejects(() -> Order.builder()
        .orderId("o-1").orderDate(LocalDate.of(2026, 1, 1)).product(Product.of("Plan", "P"))
        .unitPrice(Money.of("1.00", "EUR")).quantity(q).build(), "order.quantity"));
  }

  @Test
  void anOrderCannotShipBeforeItIsPlaced() {
    qt().forAll(integers().between(1, 3_000)).checkAssert(days -> rejects(() -> Order.builder()
        .orderId("o-1").orderDate(LocalDate.of(2026, 1, 1)).shipDate(LocalDate.of(2026, 1, 1).minusDays(days))
        .product(Product.of("Plan", "P")).unitPrice(Money.of("1.00", "EUR")).quantity(1).build(),
        "order.shipDate"));
  }

  @Test
  void moneyRejectsMoreFractionDigitsThanTheCurrencyHas() {
    qt().forAll(integers().between(1, 1_000_000), integers().between(3, 8)).checkAssert((unscaled, scale) ->
        rejects(() -> Money.of(BigDecimal.valueOf(unscaled * 10L + 1, scale), Currency.getInstance("EUR")),
            "money.amount"));
    qt().forAll(integers().between(1, 1_000_000)).checkAssert(unscaled ->
        rejects(() -> Money.of(BigDecimal.valueOf(unscaled * 10L + 1, 1), Currency.getInstance("JPY")),
            "money.amount"));
  }

  @Test
  void quietHoursMustEndAfterTheyBegin() {
    qt().forAll(integers().between(0, 23), integers().between(0, 23))
        .checkAssert((from, back) -> rejects(() -> QuietHours.onWeekdays(Channel.PHONE_CALL,
            LocalTime.of(from, 0), LocalTime.of(from - Math.min(back, from), 0)), "quietHours.to"));
  }

  @Test
  void exchangeRatesMustBePositive() {
    qt().forAll(integers().between(-1_000_000, 0)).checkAssert(r -> rejects(() -> ExchangeRate.of(
        Currency.getInstance("EUR"), Currency.getInstance("CNY"), BigDecimal.valueOf(r, 4)),
        "exchangeRate.rate"));
  }

  @Test
  void aConsentMustNameACategoryAndEndAfterItBegins() {
    rejects(() -> Consent.of(CustomerId.of("c-2"), Set.of(), T, T.plusSeconds(60)), "consent.categories");
    qt().forAll(integers().between(0, 10_000)).checkAssert(s -> rejects(() -> Consent.of(CustomerId.of("c-2"),
        Set.of(FactCategory.FINANCIAL), T, T.plusSeconds(60)).withdrawn(T.minusSeconds(s)), "consent.withdrawnAt"));
    qt().forAll(integers().between(0, 10_000)).checkAssert(s -> rejects(() -> Consent.of(CustomerId.of("c-2"),
        Set.of(FactCategory.FINANCIAL), T, T.minusSeconds(s)), "consent.expiresAt"));
  }

  @Test
  void countsAndAmountsOutOfRangeAreRejected() {
    qt().forAll(integers().between(Integer.MIN_VALUE, -1)).checkAssert(v -> {
      rejects(() -> Customer.builder().from(Customer.person(CustomerId.of("c-1"), "Li Wei")).version(v).build(),
          "customer.version");
      Money negative = Money.of(BigDecimal.valueOf(v, 2), Currency.getInstance("EUR"));
      rejects(() -> Customer.builder().from(Customer.person(CustomerId.of("c-1"), "Li Wei"))
          .potentialVolume(negative).build(), "customer.potentialVolume");
      rejects(() -> Order.builder().orderId("o-1").orderDate(LocalDate.of(2026, 1, 1))
          .product(Product.of("Plan", "P")).unitPrice(negative).quantity(1).build(), "order.unitPrice");
      rejects(() -> Quotation.builder().quoteId("q-1").product(Product.of("Plan", "P"))
          .quotedOn(LocalDate.of(2026, 1, 1)).validUntil(LocalDate.of(2026, 2, 1)).price(negative)
          .costBasis(Money.of("1.00", "EUR")).build(), "quotation.price");
      rejects(() -> CustomerClassifier.of(negative), "customerClassifier.importanceThreshold");
    });
  }

  @Test
  void anAssignmentMustEndAfterItBegins() {
    qt().forAll(integers().between(0, 1_000_000)).checkAssert(s -> rejects(() -> AccountManagerAssignment
        .of(EmployeeId.of("em-1"), T).endedAt(T.minusSeconds(s)), "accountManagerAssignment.until"));
  }

  @Test
  void aChannelIsPreferredOnlyOnce() {
    qt().forAll(SourceDSL.arbitrary().enumValues(Channel.class)).checkAssert(c ->
        rejects(() -> ContactPreferences.builder().addPreferredChannels(c, c).build(),
            "contactPreferences.preferredChannels"));
  }

  @Test
  void aContactPersonHasARole() {
    rejects(() -> ImmutableContactPerson.builder().name("Ms Chen").build(), "contactPerson.roles");
  }

  @Test
  void missingOrNullRequiredValuesNameTheField() {
    // Generated builders and factories fail through the one exception family too (CrmStyle).
    assertThatThrownBy(() -> Customer.builder().kind(CustomerKind.PERSON).displayName("Li Wei").build())
        .isInstanceOf(InvalidValueException.class).hasMessage("customer.id must be set, was unset");
    assertThatThrownBy(() -> Customer.person(null, "Li Wei")).isInstanceOf(InvalidValueException.class)
        .hasMessage("id must not be null, was null");
    rejects(() -> ProfileFact.builder().source(null), "profileFact.source");
    rejects(() -> CustomerId.of(null), "customerId");
    rejects(() -> Money.of((BigDecimal) null, Currency.getInstance("EUR")), "money.amount");
    rejects(() -> Customer.person(CustomerId.of("c-1"), "Li Wei").recordFact(null), "fact");
  }

  @Test
  void aFactCannotBeVerifiedBeforeItWasRecorded() {
    qt().forAll(integers().between(1, 100_000)).checkAssert(s -> rejects(() -> ProfileFact.builder()
        .key(FactKey.of("occupation")).category(FactCategory.DEMOGRAPHIC).sensitivity(Sensitivity.INTERNAL)
        .content("teacher").source("form").recordedAt(T).lastVerifiedAt(T.minusSeconds(s)).build(),
        "profileFact.lastVerifiedAt"));
  }
}
