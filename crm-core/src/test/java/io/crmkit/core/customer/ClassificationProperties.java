package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.money.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    qt().forAll(CustomerGen.customers()).assuming(c -> !c.orders().isEmpty()).checkAssert(c -> {
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
}
