package io.crmkit.core.customize;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * The facts a condition can test, and how each is tested: TIER, COOPERATION, STYLE, DIFFICULT,
   * LIFECYCLE and KEY_ACCOUNT_STAGE by a value among a set of upper-case names; GAP, CHURN and RISK by
   * a name among a set, or {@code any}; OPEN_COMPLAINTS by a minimum count.
   */
  public enum Fact {
    TIER, COOPERATION, STYLE, DIFFICULT, GAP, OPEN_COMPLAINTS, CHURN, LIFECYCLE, KEY_ACCOUNT_STAGE, RISK,
    /** The customer's due state on the contact cadence: OVERDUE, DUE_TODAY, PLANNED, NOT_DUE. */
    CONTACT,
    /** How many promises to the customer are overdue. */
    OVERDUE_PROMISES,
    /** How many promises to the customer were broken. */
    BROKEN_PROMISES,
    /** The customer's preferred contact channel: PHONE_CALL, TEXT_MESSAGE, EMAIL, MESSAGING... */
    CHANNEL;

    /** The name used in rule files: tier, cooperation, ..., open-complaints. */
    public String ruleName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The fact whose {@link #ruleName()} is {@code ruleName}, if any. */
    public static Optional<Fact> ofRuleName(String ruleName) {
      return Arrays.stream(values()).filter(f -> f.ruleName().equals(ruleName)).findFirst();
    }

    /** Whether the fact is tested by a minimum count (open-complaints) rather than by values. */
    public boolean isCount() {
      return this == OPEN_COMPLAINTS || this == OVERDUE_PROMISES || this == BROKEN_PROMISES;
    }

    /** Whether a condition on this fact may accept any value ({@code gap any}, {@code churn any}). */
    public boolean acceptsAny() {
      return this == GAP || this == CHURN || this == RISK;
    }

    /**
     * A value as this fact compares it: the upper-case constant name for tier, cooperation, style
     * difficult, lifecycle, key-account stage and risk ({@code key} reads {@code KEY}); gap and churn
     * names as written.
     */
    public String canonicalValue(String value) {
      return acceptsAny() && this != RISK ? value : value.toUpperCase(Locale.ROOT);
    }

    /** How a rule file tests this fact, for error messages: {@code >= N}, {@code in A,B}, {@code in A,B or any}. */
    public String testSyntax() {
      return isCount() ? ">= N" : "in A,B" + (acceptsAny() ? " or any" : "");
    }
  }

  @Value.Parameter
  public abstract Fact fact();

  /** For TIER..DIFFICULT, LIFECYCLE, KEY_ACCOUNT_STAGE: accepted values; for GAP, CHURN, RISK: names, or empty for any. */
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

  /** A condition that holds whenever the situation has any value of {@code fact} (gap or churn). */
  public static Condition any(Fact fact) {
    return ImmutableCondition.of(fact, Set.of(), 0);
  }

  @Value.Check
  protected void check() {
    if (fact().isCount()) {
      Require.that(atLeast() >= 1 && values().isEmpty(), "condition.atLeast",
          "must be at least 1 for " + fact().ruleName() + ", with no values", atLeast());
    } else if (fact().acceptsAny()) {
      Require.that(atLeast() == 0, "condition.atLeast", "must be 0 for " + fact().ruleName(), atLeast());
    } else {
      Require.that(!values().isEmpty() && atLeast() == 0, "condition.values",
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
      case LIFECYCLE -> s.lifecycleStage().filter(values()::contains).map(v -> List.of("lifecycle = " + v))
          .orElse(List.of());
      case KEY_ACCOUNT_STAGE -> s.keyAccountStage().filter(values()::contains)
          .map(v -> List.of("key-account-stage = " + v)).orElse(List.of());
      case RISK -> s.relationshipRisks().stream().filter(r -> values().isEmpty() || values().contains(r)).sorted()
          .map(r -> "risk = " + r).collect(Collectors.toList());
      case OPEN_COMPLAINTS -> s.openComplaints() >= atLeast() ? List.of("open-complaints = " + s.openComplaints())
          : List.of();
      case CONTACT -> s.contactState().filter(values()::contains).map(v -> List.of("contact = " + v))
          .orElse(List.of());
      case OVERDUE_PROMISES -> s.overduePromises() >= atLeast()
          ? List.of("overdue-promises = " + s.overduePromises()) : List.of();
      case BROKEN_PROMISES -> s.brokenPromises() >= atLeast()
          ? List.of("broken-promises = " + s.brokenPromises()) : List.of();
      case CHANNEL -> s.preferredChannel().filter(values()::contains).map(v -> List.of("channel = " + v))
          .orElse(List.of());
    };
  }

  /** Whether the condition holds in {@code s}. */
  public boolean holds(CustomerSituation s) {
    return !cited(s).isEmpty();
  }

  @Override
  public String toString() {
    if (fact().isCount()) {
      return fact().ruleName() + " >= " + atLeast();
    }
    if (values().isEmpty()) {
      return fact().ruleName() + " any";
    }
    return fact().ruleName() + " in " + values().stream().sorted().collect(Collectors.joining(","));
  }
}
