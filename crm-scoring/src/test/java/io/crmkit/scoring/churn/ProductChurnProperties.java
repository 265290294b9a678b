package io.crmkit.scoring.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.scoring.PropertySize;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Full and partial churn are read consistently from the activity up to the day. */
class ProductChurnProperties {
  private static final LocalDate DAY_ZERO = LocalDate.of(2025, 1, 1);
  private static final String[] PRODUCTS = {"leased line", "mobile fleet", "broadband", "cloud backup"};

  static Gen<List<ProductActivity>> activities() {
    Gen<ProductActivity> one = integers().between(0, 14).zip(integers().between(0, PRODUCTS.length - 1),
        integers().between(0, 540), (c, p, d) -> new ProductActivity(CustomerId.of("c-" + c), PRODUCTS[p],
            DAY_ZERO.plusDays(d)));
    return lists().of(one).ofSizeBetween(0, 120);
  }

  @Test
  void fullChurnImpliesNoActiveProductAndNoRecentActivity() {
    qt().withExamples(PropertySize.examples(250)).forAll(activities(), integers().between(0, 700), integers().between(1, 200)).checkAssert((all, d, lostAfter) -> {
      LocalDate day = DAY_ZERO.plusDays(d);
      ProductChurnAnalysis analysis = ProductChurnAnalysis.of(all, new ProductChurnPolicy(lostAfter));
      for (ProductChurn ch : analysis.asOf(day)) {
        if (ch.kind() == ChurnKind.FULL) {
          assertThat(ch.activeProducts()).isEmpty();
          assertThat(all).filteredOn(a -> a.customer().equals(ch.customer()) && !a.on().isAfter(day)
              && a.on().plusDays(lostAfter).isAfter(day)).isEmpty();
        }
        // Every product the customer used by the day is either active or lost, never both.
        long used = all.stream().filter(a -> a.customer().equals(ch.customer()) && !a.on().isAfter(day))
            .map(ProductActivity::product).distinct().count();
        assertThat(ch.activeProducts().size() + ch.lost().size()).isEqualTo((int) used);
        assertThat(java.util.Collections.disjoint(ch.activeProducts(), ch.productsLost())).isTrue();
      }
    });
  }

  @Test
  void theChurnOnADayIgnoresActivityAfterIt() {
    qt().withExamples(PropertySize.examples(250)).forAll(activities(), activities(), integers().between(0, 700)).checkAssert((past, extra, d) -> {
      LocalDate day = DAY_ZERO.plusDays(d);
      List<ProductActivity> later = extra.stream().map(a -> new ProductActivity(a.customer(), a.product(),
          day.plusDays(1 + a.on().getDayOfYear()))).toList();
      List<ProductActivity> both = new java.util.ArrayList<>(past.stream().filter(a -> !a.on().isAfter(day)).toList());
      both.addAll(later);
      List<ProductChurn> without = ProductChurnAnalysis.of(both.subList(0, both.size() - later.size()),
          ProductChurnPolicy.DEFAULTS).asOf(day);
      List<ProductChurn> with = ProductChurnAnalysis.of(both, ProductChurnPolicy.DEFAULTS).asOf(day);
      assertThat(with).containsExactlyInAnyOrderElementsOf(without);
    });
  }

  @Test
  void periodAndSegmentRatesStayWithinTheirCustomers() {
    qt().withExamples(PropertySize.examples(250)).forAll(activities(), integers().between(0, 500), integers().between(1, 200)).checkAssert((all, d, length) -> {
      ProductChurnAnalysis analysis = ProductChurnAnalysis.of(all, ProductChurnPolicy.DEFAULTS);
      LocalDate start = DAY_ZERO.plusDays(d);
      ChurnRate period = analysis.ratesByPeriod(List.of(start, start.plusDays(length))).get(0);
      assertThat(period.full() + period.partial()).isLessThanOrEqualTo(period.customers());
      List<ChurnRate> segments = analysis.ratesBySegment(start, c -> c.value().length() % 2 == 0 ? "EVEN" : "ODD");
      assertThat(segments.stream().mapToInt(ChurnRate::customers).sum()).isEqualTo(analysis.asOf(start).size());
    });
  }
}
