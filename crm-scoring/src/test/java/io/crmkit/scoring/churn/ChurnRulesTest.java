package io.crmkit.scoring.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
  private static final Product FUND = Product.of("Savings plan", "SP-1");
  private static final Product INSURANCE = Product.of("Home insurance", "HI-2");

  private static Customer withOrders(Object[][] orders) {
    Customer c = Customer.person(CustomerId.of("c-7"), "Mehmet Öztürk");
    int n = 0;
    for (Object[] o : orders) {
      c = c.placeOrder(Order.builder().orderId("o-" + n++).orderDate((LocalDate) o[0]).product((Product) o[1])
          .unitPrice(Money.of((String) o[2], "EUR")).quantity(1).build());
    }
    return c;
  }

  private static Object[][] monthly(Product p, String price, int months, LocalDate last) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      rows.add(new Object[] {last.minusMonths(i), p, price});
    }
    return rows.toArray(Object[][]::new);
  }

  @Test
  void aMonthlyBuyerSilentForThreeMonthsIsOverdueByTheirOwnRhythm() {
    Customer c = withOrders(monthly(FUND, "100.00", 12, AS_OF.minusMonths(3)));
    List<ChurnSignal> signals = ChurnRules.overdue(2.0).check(c, AS_OF);
    assertThat(signals).singleElement().satisfies(s -> {
      assertThat(s.rule()).isEqualTo("overdue");
      assertThat(s.reason()).contains("90 days since the last purchase; the customer's rhythm is 30 days");
    });
  }

  @Test
  void aCustomerOnRhythmRaisesNothing() {
    Customer c = withOrders(monthly(FUND, "100.00", 12, AS_OF.minusDays(10)));
    assertThat(ChurnRules.assess(c, AS_OF, ChurnRules.allCurrentRules())).isEmpty();
  }

  @Test
  void spendFallingByMoreThanThirtyPercentIsASignal() {
    Customer c = withOrders(new Object[][] {
        {AS_OF.minusDays(150), FUND, "900.00"}, {AS_OF.minusDays(120), FUND, "900.00"},
        {AS_OF.minusDays(60), FUND, "400.00"}, {AS_OF.minusDays(20), FUND, "400.00"}});
    assertThat(ChurnRules.fallingSpend(90, new java.math.BigDecimal("0.30")).check(c, AS_OF))
        .singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(
            "spend fell from 1800.00 to 800.00 over the last 90 days"));
  }

  @Test
  void droppingOneProductWhileBuyingAnotherIsPartialChurnNotFullChurn() {
    List<Object[]> rows = new ArrayList<>(List.of(monthly(INSURANCE, "30.00", 12, AS_OF.minusDays(5))));
    rows.addAll(List.of(monthly(FUND, "100.00", 6, AS_OF.minusMonths(5))));
    Customer c = withOrders(rows.toArray(Object[][]::new));

    List<ChurnSignal> signals = ChurnRules.assess(c, AS_OF, ChurnRules.allCurrentRules());
    // Not overdue as a whole (full churn), but one product line is lost, and spend falls with it.
    assertThat(signals).extracting(ChurnSignal::rule).contains("partial-churn").doesNotContain("overdue");
    assertThat(signals).filteredOn(s -> s.rule().equals("partial-churn")).singleElement()
        .satisfies(s -> assertThat(s.reason()).startsWith("stopped buying Savings plan SP-1"));
  }

  @Test
  void hostsAddTheirOwnRules() {
    ChurnRule openComplaint = new ChurnRule() {
      @Override
      public String name() {
        return "open-complaint";
      }

      @Override
      public List<ChurnSignal> check(Customer customer, LocalDate asOf) {
        return List.of(ChurnSignal.of(customer.id(), name(), "a complaint has been open for 20 days"));
      }
    };
    Customer c = withOrders(monthly(FUND, "100.00", 3, AS_OF.minusDays(5)));
    List<ChurnRule> rules = new ArrayList<>(ChurnRules.allCurrentRules());
    rules.add(openComplaint);
    assertThat(ChurnRules.assess(c, AS_OF, rules)).extracting(ChurnSignal::rule).containsExactly("open-complaint");
  }
}
