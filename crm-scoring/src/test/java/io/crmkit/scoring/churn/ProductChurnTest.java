package io.crmkit.scoring.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Full churn against partial churn, after the course material (004): a key account that stops using
 * every service has left (客户流失); one that gives up one or two services but keeps the others is a
 * partial churn (客户业务流失), a warning for its account manager.
 */
class ProductChurnTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final CustomerId TELCO = CustomerId.of("harbour-freight");
  private static final CustomerId SHOP = CustomerId.of("corner-shop");
  private static final CustomerId GONE = CustomerId.of("closed-mill");

  /** Monthly use of {@code product} by {@code customer}, {@code months} times, the last on {@code last}. */
  private static List<ProductActivity> monthly(CustomerId customer, String product, int months, LocalDate last) {
    List<ProductActivity> out = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      out.add(new ProductActivity(customer, product, last.minusMonths(i)));
    }
    return out;
  }

  private static ProductChurnAnalysis telecomBook() {
    List<ProductActivity> all = new ArrayList<>();
    all.addAll(monthly(TELCO, "leased line", 12, AS_OF.minusDays(3)));
    all.addAll(monthly(TELCO, "mobile fleet", 12, AS_OF.minusDays(5)));
    all.addAll(monthly(TELCO, "network backup", 8, AS_OF.minusMonths(5))); // stopped five months ago
    all.addAll(monthly(SHOP, "broadband", 12, AS_OF.minusDays(10)));
    all.addAll(monthly(GONE, "leased line", 10, AS_OF.minusMonths(6)));
    all.addAll(monthly(GONE, "mobile fleet", 10, AS_OF.minusMonths(4)));
    return ProductChurnAnalysis.of(all, ProductChurnPolicy.DEFAULTS);
  }

  @Test
  void aCustomerWhoUsesNoProductAnyMoreIsAFullChurnDatedByItsLastLoss() {
    ProductChurn gone = telecomBook().churnOf(GONE, AS_OF).orElseThrow();
    assertThat(gone.kind()).isEqualTo(ChurnKind.FULL);
    assertThat(gone.activeProducts()).isEmpty();
    assertThat(gone.productsLost()).containsExactly("leased line", "mobile fleet");
    // The mobile fleet was last used on 2026-02-28 and counts as lost 90 days later.
    assertThat(gone.since()).contains(LocalDate.of(2026, 5, 29));
  }

  @Test
  void givingUpOneServiceWhileKeepingOthersIsAPartialChurn() {
    ProductChurn telco = telecomBook().churnOf(TELCO, AS_OF).orElseThrow();
    assertThat(telco.kind()).isEqualTo(ChurnKind.PARTIAL);
    assertThat(telco.describe()).isEqualTo("harbour-freight PARTIAL since 2026-04-30: lost [network backup], "
        + "still uses [leased line, mobile fleet]");
    assertThat(telecomBook().churnOf(SHOP, AS_OF).orElseThrow().kind()).isEqualTo(ChurnKind.RETAINED);
  }

  @Test
  void aKeyAccountsPartialChurnWarnsItsAccountManagerWithTheEarlySignals() {
    ChurnSignal early = ChurnSignal.of(TELCO, "partial-churn", "stopped buying network backup (150 days, usually every 30)");
    List<AccountManagerWarning> warnings = telecomBook().keyAccountWarnings(AS_OF, Set.of(TELCO, GONE), List.of(early));
    // The closed mill is a key account too, but it has left altogether: no partial-churn warning.
    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.customer()).isEqualTo(TELCO);
      assertThat(w.describe()).isEqualTo("key account harbour-freight gave up [network backup] (by 2026-04-30) but "
          + "still uses [leased line, mobile fleet]: partial churn, act before it becomes a full churn; early signals "
          + "[partial-churn]");
    });
    assertThat(telecomBook().keyAccountWarnings(AS_OF, Set.of(SHOP), List.of())).isEmpty();
  }

  @Test
  void ratesPerPeriodCountTheCustomersLiveAtItsStart() {
    List<ChurnRate> rates = telecomBook().ratesByPeriod(List.of(LocalDate.of(2026, 3, 31), AS_OF));
    assertThat(rates).singleElement().satisfies(r -> {
      assertThat(r.label()).isEqualTo("2026-04-01..2026-06-30");
      assertThat(r.customers()).isEqualTo(3);
      assertThat(r.full()).isEqualTo(1);
      assertThat(r.partial()).isEqualTo(1);
      assertThat(r.describe()).isEqualTo("2026-04-01..2026-06-30: 3 customers, full 1 (33.3%), partial 1 (33.3%)");
    });
  }

  @Test
  void ratesPerSegmentSplitTheCustomersBySegment() {
    List<ChurnRate> rates = telecomBook().ratesBySegment(AS_OF, c -> c.equals(SHOP) ? "SMALL" : "KEY");
    assertThat(rates).extracting(ChurnRate::describe).containsExactly(
        "KEY: 2 customers, full 1 (50.0%), partial 1 (50.0%)", "SMALL: 1 customers, full 0 (0.0%), partial 0 (0.0%)");
  }

  @Test
  void theChurnRulesSignalsFeedThePartialChurnOfACustomersOrders() {
    Product fund = Product.of("Savings plan", "SP-1");
    Product insurance = Product.of("Home insurance", "HI-2");
    Customer c = Customer.person(CustomerId.of("c-7"), "Test Customer");
    int n = 0;
    for (int i = 0; i < 12; i++) {
      c = c.placeOrder(order(n++, AS_OF.minusDays(5).minusMonths(i), insurance));
    }
    for (int i = 0; i < 6; i++) {
      c = c.placeOrder(order(n++, AS_OF.minusMonths(5 + i), fund));
    }
    List<ChurnSignal> signals = ChurnRules.assess(c, AS_OF, ChurnRules.allCurrentRules());
    ProductChurnAnalysis analysis = ProductChurnAnalysis.of(ProductActivity.fromOrders(c), ProductChurnPolicy.DEFAULTS);
    ProductChurn churn = analysis.asOf(AS_OF, signals).get(0);
    assertThat(churn.kind()).isEqualTo(ChurnKind.PARTIAL);
    assertThat(churn.productsLost()).containsExactly("Savings plan SP-1");
    assertThat(churn.signals()).extracting(ChurnSignal::rule).contains("partial-churn");
  }

  @Test
  void impossibleSettingsAndPeriodsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new ProductChurnPolicy(0)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo("productChurnPolicy.lostAfterDays"));
    assertThatThrownBy(() -> telecomBook().ratesByPeriod(List.of(AS_OF, AS_OF.minusDays(30))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("boundaries[1]"));
    assertThatThrownBy(() -> new ProductActivity(TELCO, " ", AS_OF)).hasMessageStartingWith(
        "productActivity.product must not be blank");
  }

  private static Order order(int n, LocalDate day, Product p) {
    return Order.builder().orderId("o-" + n).orderDate(day).product(p).unitPrice(Money.of("30.00", "EUR")).quantity(1)
        .build();
  }
}
