package io.crmkit.core.customer.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerGen;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.PlannedAction;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.customer.sales.QuoteIntent;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private static final CustomerClassifier CLASSIFIER = CustomerClassifier.of(Money.of("10000", "EUR"));

  private static Quotation quote(QuoteIntent intent) {
    return Quotation.builder().from(CustomerGen.quote("q-1", Product.of("Edge router", "ER-4"),
        "1200.00", "900.00", TODAY.minusDays(3))).intent(intent).build();
  }

  private static Customer prospect() {
    return Customer.person(CustomerId.of("c-1"), "Olu Okafor");
  }

  private static CustomerClassification classify(Customer c) {
    return CLASSIFIER.classify(c, CLOCK);
  }

  @ParameterizedTest(name = "due {0} days from today is {1}")
  @CsvSource({"-3, URGENT", "0, URGENT", "7, URGENT", "8, SOON", "31, SOON", "32, NOT_URGENT",
      "92, NOT_URGENT", "93, SLOW", "400, SLOW"})
  void followUpUrgencyFollowsTheWeekMonthQuarterBoundaries(int days, FollowUpUrgency expected) {
    // 2026-03-02 plus one month is 2026-04-02 (31 days); plus three months is 2026-06-02 (92 days).
    assertThat(FollowUpUrgency.of(TODAY.plusDays(days), TODAY)).isEqualTo(expected);
  }

  @Test
  void aCustomerWhoOnlyAskedForPricesIsAPotentialDeal() {
    Customer c = prospect().recordQuotation(quote(QuoteIntent.PRICE_ENQUIRY));
    assertThat(classify(c).dealStatus()).contains(DealStatus.POTENTIAL);
    assertThat(classify(c).closeness()).isEqualTo(Closeness.POTENTIAL);
  }

  @Test
  void aQuotationUnderNegotiationMakesTheDealNegotiating() {
    Customer c = prospect().recordQuotation(quote(QuoteIntent.NEGOTIATION));
    assertThat(classify(c).dealStatus()).contains(DealStatus.NEGOTIATING);
  }

  @Test
  void anOrderClosesTheDealWhateverQuotesExist() {
    Customer c = prospect().recordQuotation(quote(QuoteIntent.NEGOTIATION)).placeOrder(CustomerGen.order("o-1", "2026-02-01", "50.00"));
    assertThat(classify(c).dealStatus()).contains(DealStatus.CLOSED);
  }

  @Test
  void withNeitherOrdersNorQuotesThereIsNoDealAndNoCustomerYet() {
    CustomerClassification k = classify(prospect());
    assertThat(k.dealStatus()).isEmpty();
    assertThat(k.closeness()).isEqualTo(Closeness.NON_CUSTOMER);
    assertThat(k.followUpUrgency()).isEmpty();
  }

  @Test
  void dealVolumeExactlyAtTheThresholdIsImportant() {
    Customer c = prospect().placeOrder(CustomerGen.order("o-1", "2026-01-10", "6000.00"))
        .placeOrder(CustomerGen.order("o-2", "2026-02-10", "4000.00"));
    assertThat(classify(c).importance()).isEqualTo(Importance.IMPORTANT);
    assertThat(classify(prospect().placeOrder(CustomerGen.order("o-1", "2026-01-10", "9999.99"))).importance())
        .isEqualTo(Importance.ORDINARY);
  }

  @Test
  void aLargePotentialVolumeMakesANewCustomerImportant() {
    Customer c = Customer.builder().from(prospect()).potentialVolume(Money.of("25000", "EUR")).build();
    assertThat(classify(c).importance()).isEqualTo(Importance.IMPORTANT);
  }

  @Test
  void ordersInAnotherCurrencyAreNamedInTheReasonNotSilentlyCounted() {
    Order usd = Order.builder().orderId("o-9").orderDate(TODAY).product(Product.of("Plan", "P"))
        .unitPrice(Money.of("50000.00", "USD")).quantity(1).build();
    CustomerClassification k = classify(prospect().placeOrder(usd));
    assertThat(k.importance()).isEqualTo(Importance.ORDINARY);
    assertThat(k.reasons()).anyMatch(r -> r.contains("1 order(s) in other currencies not counted"));
  }

  @Test
  void demandIsTargetForANeedWithinTheHorizonPotentialBeyondAndUnknownWithout() {
    Customer now = Customer.builder().from(prospect()).addNeed(Need.now("new laptop", TODAY)).build();
    Customer later = Customer.builder().from(prospect())
        .addNeed(Need.by("replace fleet", TODAY, TODAY.plusMonths(3).plusDays(1))).build();
    Customer edge = Customer.builder().from(prospect())
        .addNeed(Need.by("replace fleet", TODAY, TODAY.plusMonths(3))).build();

    assertThat(classify(now).demand()).isEqualTo(Demand.TARGET);
    assertThat(classify(edge).demand()).isEqualTo(Demand.TARGET);
    assertThat(classify(later).demand()).isEqualTo(Demand.POTENTIAL);
    assertThat(classify(prospect()).demand()).isEqualTo(Demand.UNKNOWN);
    assertThat(classify(prospect()).reasons()).anyMatch(r -> r.startsWith("demand UNKNOWN: no business need and no no-need"));
  }

  @Test
  void aDeadCustomerIsOneJudgedNeverToNeedUsWithTheReasonRecorded() {
    Customer closedShop = prospect().judgeNoNeed(NoNeedJudgement.of("sold the shop; retires in May",
        EmployeeId.of("em-anna"), TODAY.minusDays(10)));

    CustomerClassification k = classify(closedShop);

    assertThat(k.demand()).isEqualTo(Demand.DEAD);
    assertThat(k.reasons()).contains("demand DEAD: judged by em-anna on 2026-02-20 never to need us: "
        + "sold the shop; retires in May");
  }

  @Test
  void aNeedRecordedAfterTheNoNeedJudgementOutdatesIt() {
    Customer judged = prospect().judgeNoNeed(NoNeedJudgement.of("moved abroad", EmployeeId.of("em-anna"),
        TODAY.minusMonths(6)));
    Customer oldNeed = judged.recordNeed(Need.now("savings plan", TODAY.minusMonths(8)));
    Customer back = judged.recordNeed(Need.now("mortgage for a flat here", TODAY.minusDays(3)));

    assertThat(classify(oldNeed).demand()).isEqualTo(Demand.DEAD);
    assertThat(classify(back).demand()).isEqualTo(Demand.TARGET);
    assertThat(classify(back).reasons()).anyMatch(r -> r.contains("outdates the no-need judgement of 2025-09-02"));
  }

  @Test
  void aPersonalNeedIsNoDemandForWhatWeSell() {
    Customer golfer = prospect().recordNeed(Need.personal("a partner for golf on Saturdays", TODAY));
    assertThat(classify(golfer).demand()).isEqualTo(Demand.UNKNOWN);
    assertThat(classify(golfer.recordNeed(Need.now("a company car lease", TODAY))).demand()).isEqualTo(Demand.TARGET);
  }

  @Test
  void aNoNeedJudgementWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> NoNeedJudgement.of(" ", EmployeeId.of("em-anna"), TODAY))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("noNeedJudgement.reason");
  }

  @Test
  void aCustomerWhoseLastOrderLeftTheActivityWindowHasChurned() {
    assertThat(classify(prospect().placeOrder(CustomerGen.order("o-1", "2025-03-02", "10.00"))).closeness())
        .isEqualTo(Closeness.CURRENT);
    assertThat(classify(prospect().placeOrder(CustomerGen.order("o-1", "2025-03-01", "10.00"))).closeness())
        .isEqualTo(Closeness.CHURNED);
  }

  @Test
  void everySchemeStatesItsReason() {
    Customer c = Customer.builder().from(prospect()).nextAction(PlannedAction.of("call back", TODAY.plusDays(2)))
        .build().placeOrder(CustomerGen.order("o-1", "2026-02-01", "10.00"));
    assertThat(classify(c).reasons()).hasSize(5)
        .anyMatch(r -> r.startsWith("follow-up URGENT: next action 'call back'"));
  }

  @Test
  void theClassifierRejectsANonPositiveHorizon() {
    assertThatThrownBy(() -> ImmutableCustomerClassifier.builder().importanceThreshold(Money.of("1", "EUR"))
        .demandHorizon(Period.ZERO).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("customerClassifier.demandHorizon");
  }
}
