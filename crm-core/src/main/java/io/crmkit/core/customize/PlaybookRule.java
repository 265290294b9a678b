package io.crmkit.core.customize;

import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of a treatment playbook: when every condition holds, recommend the action. Its name and
 * group are kebab-case, checked as every crmkit rule name is ({@link NamedRule#requireName}). Rules
 * of one group exclude each other: only the highest priority fires (ties by name), and the
 * overriding is reported.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PlaybookRule {
  public abstract String name();

  public abstract int priority();

  public abstract List<Condition> conditions();

  /** What to do. */
  public abstract String action();

  /** Rules sharing a group are alternatives; empty for a rule that combines with any other. */
  public abstract Optional<String> group();

  public static ImmutablePlaybookRule.Builder builder() {
    return ImmutablePlaybookRule.builder();
  }

  @Value.Check
  protected void check() {
    NamedRule.requireName(name(), "playbookRule.name");
    Require.that(priority() >= 0 && priority() <= 1000, "playbookRule.priority", "must be within 0..1000", priority());
    Require.that(!conditions().isEmpty(), "playbookRule.conditions", "must hold at least one condition", name());
    Require.text(action(), "playbookRule.action");
    group().ifPresent(g -> NamedRule.requireName(g, "playbookRule.group"));
  }

  /** Whether every condition holds in {@code s}. */
  public boolean applies(CustomerSituation s) {
    return conditions().stream().allMatch(c -> c.holds(s));
  }
}
