package io.crmkit.scoring.churn;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Full and partial churn read from product-level activity. As of a day, each customer who had used
 * anything by then is retained, partially churned (some products unused for the policy's days, others
 * still in use) or fully churned (every product unused that long); the result is a pure function of
 * the activity up to that day. Reported per customer ({@link #asOf}), as rates per period
 * ({@link #ratesByPeriod}) and per segment ({@link #ratesBySegment}); a key account's partial churn is a
 * warning for its account manager ({@link #keyAccountWarnings}). The churn rules' early signals
 * ({@link ChurnRules}) are attached to the customers they concern.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProductChurnAnalysis {
  private final ProductChurnPolicy policy;
  /** Per customer (in order of first appearance), per product: the days of activity, sorted. */
  private final Map<CustomerId, Map<String, List<LocalDate>>> activity;

  private ProductChurnAnalysis(ProductChurnPolicy policy, Map<CustomerId, Map<String, List<LocalDate>>> activity) {
    this.policy = policy;
    this.activity = activity;
  }

  /** The analysis of {@code activities} under {@code policy}. */
  public static ProductChurnAnalysis of(Collection<ProductActivity> activities, ProductChurnPolicy policy) {
    Require.notNull(activities, "activities");
    Require.notNull(policy, "policy");
    Map<CustomerId, Map<String, List<LocalDate>>> grouped = new LinkedHashMap<>();
    for (ProductActivity a : activities) {
      Require.notNull(a, "activities[]");
      grouped.computeIfAbsent(a.customer(), c -> new TreeMap<>()).computeIfAbsent(a.product(), p -> new ArrayList<>())
          .add(a.on());
    }
    Map<CustomerId, Map<String, List<LocalDate>>> frozen = new LinkedHashMap<>();
    grouped.forEach((c, byProduct) -> {
      Map<String, List<LocalDate>> products = new TreeMap<>();
      byProduct.forEach((p, days) -> products.put(p, days.stream().sorted().toList()));
      frozen.put(c, java.util.Collections.unmodifiableMap(products));
    });
    return new ProductChurnAnalysis(policy, java.util.Collections.unmodifiableMap(frozen));
  }

  public ProductChurnPolicy policy() {
    return policy;
  }

  /** Every customer's churn at the end of {@code day}, for customers active by then, in order of first appearance. */
  public List<ProductChurn> asOf(LocalDate day) {
    return asOf(day, List.of());
  }

  /** As {@link #asOf(LocalDate)}, each customer with its {@code signals} (from {@link ChurnRules#assess}) attached. */
  public List<ProductChurn> asOf(LocalDate day, List<ChurnSignal> signals) {
    Require.notNull(day, "day");
    Require.notNull(signals, "signals");
    Map<CustomerId, List<ChurnSignal>> byCustomer = new LinkedHashMap<>();
    signals.forEach(s -> byCustomer.computeIfAbsent(Require.notNull(s, "signals[]").customer(), c -> new ArrayList<>())
        .add(s));
    List<ProductChurn> out = new ArrayList<>();
    for (CustomerId c : activity.keySet()) {
      churnOf(c, day).ifPresent(ch -> out.add(ch.withSignals(byCustomer.getOrDefault(c, List.of()))));
    }
    return List.copyOf(out);
  }

  /** {@code customer}'s churn at the end of {@code day}; empty if it had used nothing by then. */
  public Optional<ProductChurn> churnOf(CustomerId customer, LocalDate day) {
    Require.notNull(customer, "customer");
    Require.notNull(day, "day");
    Map<String, List<LocalDate>> products = activity.get(customer);
    if (products == null) {
      return Optional.empty();
    }
    TreeSet<String> active = new TreeSet<>();
    List<LostProduct> lost = new ArrayList<>();
    products.forEach((product, days) -> lastOnOrBefore(days, day).ifPresent(last -> {
      LocalDate lostOn = last.plusDays(policy.lostAfterDays());
      if (lostOn.isAfter(day)) {
        active.add(product);
      } else {
        lost.add(new LostProduct(product, last, lostOn));
      }
    }));
    if (active.isEmpty() && lost.isEmpty()) {
      return Optional.empty();
    }
    lost.sort(Comparator.comparing(LostProduct::lostOn).thenComparing(LostProduct::product));
    ChurnKind kind = lost.isEmpty() ? ChurnKind.RETAINED : active.isEmpty() ? ChurnKind.FULL : ChurnKind.PARTIAL;
    Optional<LocalDate> since = lost.isEmpty() ? Optional.empty() : Optional.of(lost.get(lost.size() - 1).lostOn());
    return Optional.of(new ProductChurn(customer, day, kind, active, lost, since, List.of()));
  }

  /**
   * Churn per period between consecutive {@code boundaries} (strictly increasing, at least two): of the
   * customers live at a period's start (active and not fully churned), how many were fully churned at
   * its end, and how many partially churned with a loss inside the period.
   *
   * @throws io.crmkit.core.validation.InvalidValueException naming the boundary out of order
   */
  public List<ChurnRate> ratesByPeriod(List<LocalDate> boundaries) {
    Require.notNull(boundaries, "boundaries");
    Require.that(boundaries.size() >= 2, "boundaries", "must hold at least two days (one period)", boundaries.size());
    for (int i = 1; i < boundaries.size(); i++) {
      Require.that(boundaries.get(i).isAfter(boundaries.get(i - 1)), "boundaries[" + i + "]",
          "must come after " + boundaries.get(i - 1), boundaries.get(i));
    }
    List<ChurnRate> rates = new ArrayList<>();
    for (int i = 1; i < boundaries.size(); i++) {
      LocalDate start = boundaries.get(i - 1);
      LocalDate end = boundaries.get(i);
      int live = 0;
      int full = 0;
      int partial = 0;
      for (CustomerId c : activity.keySet()) {
        Optional<ProductChurn> before = churnOf(c, start);
        if (before.isEmpty() || before.get().kind() == ChurnKind.FULL) {
          continue;
        }
        live++;
        ProductChurn after = churnOf(c, end).orElseThrow();
        if (after.kind() == ChurnKind.FULL) {
          full++;
        } else if (after.kind() == ChurnKind.PARTIAL && after.since().orElseThrow().isAfter(start)) {
          partial++;
        }
      }
      rates.add(new ChurnRate(start.plusDays(1) + ".." + end, live, full, partial));
    }
    return List.copyOf(rates);
  }

  /**
   * Churn per segment at the end of {@code day}: of each segment's customers active by then, how many
   * are fully and how many partially churned; segments in name order.
   */
  public List<ChurnRate> ratesBySegment(LocalDate day, Function<CustomerId, String> segmentOf) {
    Require.notNull(day, "day");
    Require.notNull(segmentOf, "segmentOf");
    Map<String, int[]> counts = new TreeMap<>();
    for (ProductChurn ch : asOf(day)) {
      String segment = Require.text(segmentOf.apply(ch.customer()), "segmentOf(" + ch.customer() + ")");
      int[] n = counts.computeIfAbsent(segment, s -> new int[3]);
      n[0]++;
      n[1] += ch.kind() == ChurnKind.FULL ? 1 : 0;
      n[2] += ch.kind() == ChurnKind.PARTIAL ? 1 : 0;
    }
    List<ChurnRate> rates = new ArrayList<>();
    counts.forEach((segment, n) -> rates.add(new ChurnRate(segment, n[0], n[1], n[2])));
    return List.copyOf(rates);
  }

  /** A warning for each of {@code keyAccounts} that is partially churned at the end of {@code day}, with its signals. */
  public List<AccountManagerWarning> keyAccountWarnings(LocalDate day, Set<CustomerId> keyAccounts,
      List<ChurnSignal> signals) {
    Require.notNull(keyAccounts, "keyAccounts");
    return asOf(day, signals).stream().filter(ch -> ch.kind() == ChurnKind.PARTIAL)
        .filter(ch -> keyAccounts.contains(ch.customer())).map(AccountManagerWarning::of).toList();
  }

  private static Optional<LocalDate> lastOnOrBefore(List<LocalDate> sortedDays, LocalDate day) {
    LocalDate last = null;
    for (LocalDate d : sortedDays) {
      if (d.isAfter(day)) {
        break;
      }
      last = d;
    }
    return Optional.ofNullable(last);
  }
}
