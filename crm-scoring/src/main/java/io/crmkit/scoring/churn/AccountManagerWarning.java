package io.crmkit.scoring.churn;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A key account has given up part of its business: a warning to its account manager, while the
 * customer still uses other products, that the relationship is weakening, with the products lost, the
 * products still in use and the early signals of the churn rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the key account
 * @param since the day of the latest loss
 * @param productsLost what it gave up
 * @param stillUsed what it still uses
 * @param signals the churn rules' signals for the account
 */
public record AccountManagerWarning(CustomerId customer, LocalDate since, SortedSet<String> productsLost,
    SortedSet<String> stillUsed, List<ChurnSignal> signals) {
  public AccountManagerWarning {
    Require.notNull(customer, "accountManagerWarning.customer");
    Require.notNull(since, "accountManagerWarning.since");
    productsLost = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(
        Require.notNull(productsLost, "accountManagerWarning.productsLost")));
    Require.that(!productsLost.isEmpty(), "accountManagerWarning.productsLost", "must name a lost product", "none");
    stillUsed = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(
        Require.notNull(stillUsed, "accountManagerWarning.stillUsed")));
    Require.that(!stillUsed.isEmpty(), "accountManagerWarning.stillUsed",
        "must name a product still in use (else it is a full churn)", "none");
    signals = List.copyOf(Require.notNull(signals, "accountManagerWarning.signals"));
  }

  static AccountManagerWarning of(ProductChurn churn) {
    return new AccountManagerWarning(churn.customer(), churn.since().orElseThrow(), new TreeSet<>(churn.productsLost()),
        churn.activeProducts(), churn.signals());
  }

  /** The warning as the account manager reads it. */
  public String describe() {
    Set<String> rules = new TreeSet<>();
    signals.forEach(s -> rules.add(s.rule()));
    return "key account " + customer + " gave up " + productsLost + " (by " + since + ") but still uses " + stillUsed
        + ": partial churn, act before it becomes a full churn" + (rules.isEmpty() ? "" : "; early signals " + rules);
  }
}
