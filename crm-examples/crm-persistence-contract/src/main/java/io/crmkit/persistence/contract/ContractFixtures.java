package io.crmkit.persistence.contract;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerKind;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.PlannedAction;
import io.crmkit.core.customer.confidentiality.Consent;
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
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.core.customer.sales.ExchangeRate;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.customer.sales.QuoteIntent;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/** The fixed, readable records every contract test stores. */
public final class ContractFixtures {
  public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final Handler AGENT = Handler.agent("em-lin");

  private ContractFixtures() {}

  /** An organization customer with every field of the model set, confidential facts included. */
  public static Customer acme() {
    Customer c = Customer.builder().id(CustomerId.of("c-acme")).kind(CustomerKind.ORGANIZATION)
        .displayName("Acme Trading Co.")
        .addContactPoint(ContactPoint.verified(ContactPointKind.EMAIL, "info@acme.example"))
        .addContactPoint(ContactPoint.of(ContactPointKind.PHONE, "021 5555 0100"))
        .contactPreferences(ContactPreferences.builder().addPreferredChannels(Channel.EMAIL, Channel.PHONE_CALL)
            .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(9, 0), LocalTime.of(12, 0)))
            .zone(ZoneId.of("Asia/Shanghai")).build())
        .addContactPerson(ContactPerson.of("Ms Chen", ContactRole.DAILY_CONTACT))
        .addContactPerson(ContactPerson.of("Mr Zhao", ContactRole.DECISION_MAKER, ContactRole.FINANCE))
        .addRelatedParty(RelatedParty.of(CustomerId.of("c-acme-hk"), Relation.OTHER))
        .addConsent(Consent.of(CustomerId.of("c-acme-hk"), Set.of(FactCategory.FINANCIAL), NOW.minusSeconds(3600), NOW.plusSeconds(86_400 * 365L)))
        .addNeed(Need.by("replace the forklift fleet", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 9, 1)))
        .nextAction(PlannedAction.of("quarterly review", LocalDate.of(2026, 3, 20)))
        .potentialVolume(Money.of("250000.00", "EUR"))
        .addAliases(CustomerId.of("c-acme-old"))
        .build()
        .assignAccountManager(EmployeeId.of("em-anna"), NOW.minusSeconds(86_400 * 400L))
        .recordFact(ProfileFact.builder().key(FactKey.of("annual-revenue")).category(FactCategory.FINANCIAL)
            .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR 48 million").source("annual report 2025")
            .recordedAt(NOW.minusSeconds(86_400 * 30L)).build())
        .recordFact(ProfileFact.builder().key(FactKey.of("industry")).category(FactCategory.DEMOGRAPHIC)
            .sensitivity(Sensitivity.INTERNAL).content("wholesale").source("registry")
            .recordedAt(NOW.minusSeconds(86_400 * 300L)).lastVerifiedAt(NOW.minusSeconds(86_400 * 10L)).build())
        .placeOrder(Order.builder().orderId("o-1001").orderDate(LocalDate.of(2026, 2, 1))
            .shipDate(LocalDate.of(2026, 2, 3)).product(Product.of("Pallet racking", "PR-9"))
            .unitPrice(Money.of("1200.00", "EUR")).quantity(12).notes("deliver to dock 4, ask for Mr Wu").build())
        .recordQuotation(Quotation.builder().quoteId("q-77").product(Product.of("Forklift", "FL-2"))
            .quotedOn(LocalDate.of(2026, 2, 10)).validUntil(LocalDate.of(2026, 3, 10))
            .price(Money.of("31000.00", "EUR")).costBasis(Money.of("24500.00", "EUR"))
            .exchangeRate(ExchangeRate.of(Currency.getInstance("EUR"), Currency.getInstance("CNY"), new BigDecimal("7.8412")))
            .intent(QuoteIntent.NEGOTIATION).build());
    return c;
  }

  /** A small private customer with an id in a numbered series. */
  public static Customer person(int n) {
    return Customer.person(CustomerId.of(String.format("c-%05d", n)), "Customer " + n);
  }

  /** A complaint taken through several steps, for history tests. */
  public static Complaint complaint(String id) {
    return complaint(id, CustomerId.of("c-acme"));
  }

  /** The same complaint, made by {@code complainant}. */
  public static Complaint complaint(String id, CustomerId complainant) {
    ComplaintHandling handling = ComplaintHandling.on(CLOCK);
    Complaint c = handling.receive(ComplaintId.of(id), Receipt.builder().complainant(complainant)
        .channel(Channel.EMAIL).whatHappened("racking delivered without bolts").remedyRequested("bolts by Friday")
        .severity(ComplaintSeverity.MEDIUM).build(), AGENT);
    c = handling.apply(c, ComplaintCommand.acknowledge(AGENT, "apologised, promised a call back"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, AGENT, "check the packing list"));
    c = handling.apply(c, ComplaintCommand.recordFacts(AGENT, "bolts missing from two crates",
        Optional.of(ComplaintCause.DELIVERY)));
    return handling.apply(c, ComplaintCommand.judgeValid(AGENT, ComplaintCause.DELIVERY, "packing error"));
  }
}
