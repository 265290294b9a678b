package io.crmkit.core.customer.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerGen;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ClassificationProperties {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  @Test
  void aLaterDueDateIsNeverMoreUrgent() {
    qt().forAll(integers().between(-400, 800), integers().between(0, 400)).checkAssert((days, extra) ->
        assertThat(FollowUpUrgency.of(TODAY.plusDays(days + extra), TODAY))
            .isGreaterThanOrEqualTo(FollowUpUrgency.of(TODAY.plusDays(days), TODAY)));
  }

  @Test
  void urgencyBoundariesFollowTheCalendarWhateverTheMonthLength() {
    qt().forAll(integers().between(0, 3_650), integers().between(-30, 200)).checkAssert((start, offset) -> {
      LocalDate today = LocalDate.of(2024, 1, 1).plusDays(start);
      LocalDate due = today.plusDays(offset);
      FollowUpUrgency expected = !due.isAfter(today.plusWeeks(1)) ? FollowUpUrgency.URGENT
          : !due.isAfter(today.plusMonths(1)) ? FollowUpUrgency.SOON
          : !due.isAfter(today.plusMonths(3)) ? FollowUpUrgency.NOT_URGENT : FollowUpUrgency.SLOW;
      assertThat(FollowUpUrgency.of(due, today)).isEqualTo(expected);
      // Each class boundary belongs to the nearer class.
      assertThat(FollowUpUrgency.of(today.plusDays(7), today)).isEqualTo(FollowUpUrgency.URGENT);
      assertThat(FollowUpUrgency.of(today.plusMonths(1), today)).isEqualTo(FollowUpUrgency.SOON);
      assertThat(FollowUpUrgency.of(today.plusMonths(3), today)).isEqualTo(FollowUpUrgency.NOT_URGENT);
      assertThat(FollowUpUrgency.of(today.plusMonths(3).plusDays(1), today)).isEqualTo(FollowUpUrgency.SLOW);
    });
  }

  @Test
  void importanceFlipsExactlyAtTheThreshold() {
    qt().forAll(integers().between(1, 1_000_000), integers().between(-1_000, 1_000)).checkAssert((cents, delta) -> {
      Money threshold = Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("EUR"));
      long volumeCents = Math.max(0, (long) cents + delta);
      Customer c = Customer.person(CustomerId.of("c-1"), "Kenji Tanaka").placeOrder(Order.builder()
          .orderId("o-1").orderDate(TODAY).product(Product.of("Plan", "P"))
          .unitPrice(Money.of(BigDecimal.valueOf(volumeCents, 2), Currency.getInstance("EUR")))
          .quantity(1).build());
      assertThat(CustomerClassifier.of(threshold).classify(c, CLOCK).importance())
          .isEqualTo(volumeCents >= cents ? Importance.IMPORTANT : Importance.ORDINARY);
    });
  }

  @Test
  void anotherOrderNeverMakesAnImportantCustomerOrdinary() {
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("500", "EUR"));
    qt().forAll(CustomerGen.customers(), CustomerGen.orders()).checkAssert((customer, order) -> {
      Customer more = customer.orders().stream().anyMatch(o -> o.orderId().equals(order.orderId()))
          ? customer : customer.placeOrder(order);
      if (classifier.classify(customer, CLOCK).importance() == Importance.IMPORTANT) {
        assertThat(classifier.classify(more, CLOCK).importance()).isEqualTo(Importance.IMPORTANT);
      }
    });
  }

  @Test
  void aCustomerWithOrdersIsAlwaysAClosedDealAndEitherCurrentOrChurned() {
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("500", "EUR"));
    qt().forAll(CustomerGen.customersWithOrders()).checkAssert(c -> {
      CustomerClassification k = classifier.classify(c, CLOCK);
      assertThat(k.dealStatus()).contains(DealStatus.CLOSED);
      assertThat(k.closeness()).isIn(Closeness.CURRENT, Closeness.CHURNED);
    });
  }

  @Test
  void recordingFactsNeverLosesARevision() {
    qt().forAll(CustomerGen.customers(), lists().of(CustomerGen.facts()).ofSizeBetween(1, 5))
        .checkAssert((customer, facts) -> {
          Customer after = customer;
          for (ProfileFact f : facts) {
            after = after.recordFact(f);
          }
          int before = customer.facts().size();
          assertThat(after.facts()).hasSize(before + facts.size());
          assertThat(after.facts().subList(0, before)).isEqualTo(customer.facts());
          assertThat(after.facts().subList(before, after.facts().size())).isEqualTo(facts);
          for (ProfileFact f : facts) {
            assertThat(after.factHistory(f.key())).contains(f);
          }
        });
  }

  @Test
  void aCustomerIsDeadOnlyByARecordedJudgementAndUnknownOnlyWithoutNeedsOrJudgement() {
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("500", "EUR"));
    qt().forAll(CustomerGen.customers(), integers().between(-1, 400), integers().between(-1, 400),
        integers().between(0, 200)).checkAssert((customer, needAge, judgedAge, dueIn) -> {
          Customer c = customer;
          if (needAge >= 0) {
            c = c.recordNeed(Need.by("a bigger plan", TODAY.minusDays(needAge), TODAY.plusDays(dueIn)));
          }
          if (judgedAge >= 0) {
            c = c.judgeNoNeed(NoNeedJudgement.of("closed the business", EmployeeId.of("em-anna"),
                TODAY.minusDays(judgedAge)));
          }
          Demand demand = classifier.classify(c, CLOCK).demand();
          boolean needSinceJudgement = needAge >= 0 && (judgedAge < 0 || needAge <= judgedAge);
          assertThat(demand == Demand.DEAD).isEqualTo(judgedAge >= 0 && !needSinceJudgement);
          assertThat(demand == Demand.UNKNOWN).isEqualTo(needAge < 0 && judgedAge < 0);
        });
  }
}
