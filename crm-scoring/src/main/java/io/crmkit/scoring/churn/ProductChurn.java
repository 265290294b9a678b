package io.crmkit.scoring.churn;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One customer's churn as of a day: full (no product in use), partial (some products lost, others
 * still used) or retained; the products lost with their dates, the products still in use, since when
 * the churn holds, and the early-warning signals of the churn rules for the same customer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer who
 * @param asOf the day
 * @param kind full, partial or retained
 * @param activeProducts products still in use, sorted
 * @param lost products given up, by the day they were lost
 * @param since for a churn, the day of its latest loss (for a full churn: the day the last product went)
 * @param signals the churn rules' signals for this customer, if any were given
 */
public record ProductChurn(CustomerId customer, LocalDate asOf, ChurnKind kind, SortedSet<String> activeProducts,
    List<LostProduct> lost, Optional<LocalDate> since, List<ChurnSignal> signals) {
  public ProductChurn {
    Require.notNull(customer, "productChurn.customer");
    Require.notNull(asOf, "productChurn.asOf");
    Require.notNull(kind, "productChurn.kind");
    activeProducts = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(
        Require.notNull(activeProducts, "productChurn.activeProducts")));
    lost = List.copyOf(Require.notNull(lost, "productChurn.lost"));
    Require.notNull(since, "productChurn.since");
    signals = List.copyOf(Require.notNull(signals, "productChurn.signals"));
    ChurnKind implied = lost.isEmpty() ? ChurnKind.RETAINED : activeProducts.isEmpty() ? ChurnKind.FULL
        : ChurnKind.PARTIAL;
    Require.that(kind == implied, "productChurn.kind", "must be " + implied + " for " + activeProducts.size()
        + " active and " + lost.size() + " lost product(s)", kind);
    Require.that(since.isPresent() == !lost.isEmpty(), "productChurn.since", "must be given exactly when a product "
        + "was lost", since);
    signals.forEach(s -> Require.that(s.customer().equals(customer), "productChurn.signals",
        "must be signals of " + customer, s.customer()));
  }

  /** The names of the products lost. */
  public Set<String> productsLost() {
    return lost.stream().map(LostProduct::product).collect(Collectors.toCollection(TreeSet::new));
  }

  /** This churn with {@code signals} of the same customer attached. */
  public ProductChurn withSignals(List<ChurnSignal> signals) {
    return new ProductChurn(customer, asOf, kind, activeProducts, lost, since, signals);
  }

  /** The churn as a line: {@code c-1 PARTIAL since 2026-03-01: lost [Fund F-1], still uses [Insurance I-1]}. */
  public String describe() {
    return customer + " " + kind + since.map(d -> " since " + d).orElse("") + ": lost " + productsLost()
        + ", still uses " + activeProducts;
  }
}
