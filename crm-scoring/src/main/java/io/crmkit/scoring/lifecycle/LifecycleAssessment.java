package io.crmkit.scoring.lifecycle;

import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every customer's lifecycle assignment as of one day (customers whose first purchase comes later are
 * not yet customers and are left out), and the distribution: customers per stage and undecided.
 *
 * <p>Immutable and thread-safe.
 */
public final class LifecycleAssessment {
  private final LocalDate asOf;
  private final List<LifecycleAssignment> assignments;
  private final Map<LifecycleStage, Integer> byStage;
  private final int undecided;

  LifecycleAssessment(LocalDate asOf, List<LifecycleAssignment> assignments) {
    this.asOf = asOf;
    this.assignments = List.copyOf(assignments);
    Map<LifecycleStage, Integer> counts = new EnumMap<>(LifecycleStage.class);
    for (LifecycleStage s : LifecycleStage.values()) {
      counts.put(s, 0);
    }
    int none = 0;
    for (LifecycleAssignment a : assignments) {
      if (a.stage().isPresent()) {
        counts.merge(a.stage().get(), 1, Integer::sum);
      } else {
        none++;
      }
    }
    this.byStage = Collections.unmodifiableMap(counts);
    this.undecided = none;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** One assignment per customer, in log order. */
  public List<LifecycleAssignment> assignments() {
    return assignments;
  }

  /** Customers per stage; every stage present. */
  public Map<LifecycleStage, Integer> byStage() {
    return byStage;
  }

  /** Customers no rule decided for. */
  public int undecided() {
    return undecided;
  }

  /** Customers assessed. */
  public int customers() {
    return assignments.size();
  }

  /** The assignment of {@code customer}, if it was a customer on the day. */
  public Optional<LifecycleAssignment> of(String customer) {
    Require.notNull(customer, "customer");
    return assignments.stream().filter(a -> a.customer().equals(customer)).findFirst();
  }

  /** How many customers each rule decided for, by rule name. */
  public Map<String, Integer> byRule() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    assignments.forEach(a -> a.rule().ifPresent(r -> counts.merge(r, 1, Integer::sum)));
    return Collections.unmodifiableMap(counts);
  }

  /** The distribution as a line: {@code 1997-09-30, 2357 customers: EXPLORATION 0 (0.0%), ... undecided 12 (0.5%)}. */
  public String describe() {
    StringBuilder text = new StringBuilder(asOf + ", " + customers() + " customers:");
    byStage.forEach((s, n) -> text.append(' ').append(s).append(' ').append(n).append(" (").append(percent(n))
        .append("),"));
    return text.append(" undecided ").append(undecided).append(" (").append(percent(undecided)).append(')')
        .toString();
  }

  private String percent(int n) {
    return customers() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / customers());
  }
}
