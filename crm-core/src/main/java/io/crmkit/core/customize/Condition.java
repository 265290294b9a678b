package io.crmkit.core.customize;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One precondition of a playbook rule, on one fact of the situation: a value among a set
 * ({@code tier in KEY,MAJOR}), at least a count ({@code open-complaints >= 1}), or presence
 * ({@code churn any}, {@code gap responsiveness}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Condition {

  /** The facts a condition can test. */
  public enum Fact {
    TIER, COOPERATION, STYLE, DIFFICULT, GAP, OPEN_COMPLAINTS, CHURN;

    /** The name used in rule files: tier, cooperation, ..., open-complaints. */
    public String ruleName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Value.Parameter
  public abstract Fact fact();

  /** For TIER..DIFFICULT: accepted values; for GAP and CHURN: names, or empty for any. */
  @Value.Parameter
  public abstract Set<String> values();

  /** For OPEN_COMPLAINTS: the minimum count. */
  @Value.Parameter
  public abstract int atLeast();

  public static Condition in(Fact fact, String... values) {
    return ImmutableCondition.of(fact, Set.of(values), 0);
  }

  public static Condition atLeast(Fact fact, int count) {
    return ImmutableCondition.of(fact, Set.of(), count);
  }

  @Value.Check
  protected void check() {
    switch (fact()) {
      case OPEN_COMPLAINTS -> Require.that(atLeast() >= 1 && values().isEmpty(), "condition.atLeast",
          "must be at least 1 for open-complaints, with no values", atLeast());
      case GAP, CHURN -> Require.that(atLeast() == 0, "condition.atLeast", "must be 0 for " + fact().ruleName(),
          atLeast());
      default -> Require.that(!values().isEmpty() && atLeast() == 0, "condition.values",
          "must name at least one value for " + fact().ruleName(), values());
    }
  }

  /** The facts of {@code s} this condition rests on, if it holds; empty if it does not hold. */
  public List<String> cited(CustomerSituation s) {
    return switch (fact()) {
      case TIER -> s.valueTier().filter(values()::contains).map(v -> List.of("tier = " + v)).orElse(List.of());
      case COOPERATION -> s.cooperationClass().filter(values()::contains).map(v -> List.of("cooperation = " + v))
          .orElse(List.of());
      case STYLE -> s.style().filter(v -> values().contains(v.name())).map(v -> List.of("style = " + v))
          .orElse(List.of());
      case DIFFICULT -> s.difficultType().filter(v -> values().contains(v.name())).map(v -> List.of("difficult = " + v))
          .orElse(List.of());
      case GAP -> s.satisfactionGaps().stream().filter(g -> values().isEmpty() || values().contains(g)).sorted()
          .map(g -> "gap = " + g).collect(Collectors.toList());
      case CHURN -> s.churnSignals().stream().filter(c -> values().isEmpty() || values().contains(c)).sorted()
          .map(c -> "churn = " + c).collect(Collectors.toList());
      case OPEN_COMPLAINTS -> s.openComplaints() >= atLeast() ? List.of("open-complaints = " + s.openComplaints())
          : List.of();
    };
  }

  /** Whether the condition holds in {@code s}. */
  public boolean holds(CustomerSituation s) {
    return !cited(s).isEmpty();
  }

  @Override
  public String toString() {
    if (fact() == Fact.OPEN_COMPLAINTS) {
      return fact().ruleName() + " >= " + atLeast();
    }
    if (values().isEmpty()) {
      return fact().ruleName() + " any";
    }
    return fact().ruleName() + " in " + values().stream().sorted().collect(Collectors.joining(","));
  }
}
