package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.customize.Condition;
import io.crmkit.core.customize.Condition.Fact;
import io.crmkit.core.customize.CustomerSituation;
import io.crmkit.core.customize.ImmutableCustomerSituation;
import io.crmkit.core.customize.Playbook;
import io.crmkit.core.customize.PlaybookRule;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key-account strategies as Customize playbook rules (IDIC step 4): one rule per
 * {@link KeyAccountStrategy}, firing on the account's stage ({@code key-account-stage in MIDDLE}),
 * whose action says what to do and why; and one warning rule per relationship risk that points to an
 * interruption cause ({@code risk in SINGLE_CONTACT_PERSON} while the relationship is live). A
 * recommendation then names its rule and the facts it rests on ({@code key-account-stage = MIDDLE},
 * {@code risk = SINGLE_CONTACT_PERSON}).
 */
public final class KeyAccountStrategies {
  /** The priority of the strategy rules: below the service and complaint rules of the default playbook. */
  public static final int STRATEGY_PRIORITY = 40;
  /** The priority of the interruption warnings: among the first things to act on. */
  public static final int WARNING_PRIORITY = 88;

  private KeyAccountStrategies() {}

  /** The strategies followed in {@code stage}, in the course's order. */
  public static List<KeyAccountStrategy> forStage(KeyAccountStage stage) {
    Require.notNull(stage, "stage");
    return Arrays.stream(KeyAccountStrategy.values()).filter(s -> s.appliesIn().contains(stage)).toList();
  }

  /** The playbook rule name of {@code strategy}: {@code key-account-middle-service-meetings}. */
  public static String ruleName(KeyAccountStrategy strategy) {
    return "key-account-" + strategy.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every strategy rule and every interruption-warning rule. */
  public static List<PlaybookRule> playbookRules() {
    List<PlaybookRule> rules = new ArrayList<>();
    for (KeyAccountStrategy s : KeyAccountStrategy.values()) {
      String[] stages = s.appliesIn().stream().sorted().map(Enum::name).toArray(String[]::new);
      rules.add(PlaybookRule.builder().name(ruleName(s)).priority(STRATEGY_PRIORITY)
          .addConditions(Condition.in(Fact.KEY_ACCOUNT_STAGE, stages))
          .action(s.action() + " (why: " + s.reason() + ")").build());
    }
    String[] live = Arrays.stream(KeyAccountStage.values()).filter(KeyAccountStage::isActive).map(Enum::name)
        .toArray(String[]::new);
    rules.add(PlaybookRule.builder().name("interruption-warning-single-contact").priority(WARNING_PRIORITY)
        .addConditions(Condition.in(Fact.RISK, RelationshipRisk.SINGLE_CONTACT_PERSON.name()),
            Condition.in(Fact.KEY_ACCOUNT_STAGE, live))
        .action("interruption warning: the relationship hangs on one contact person; build contacts at several "
            + "levels before that person moves on (why: a change of key people is the first cause of interruption)")
        .build());
    return List.copyOf(rules);
  }

  /** The default playbook with the key-account rules added. */
  public static Playbook playbook() {
    return Playbook.defaults().with(playbookRules());
  }

  /**
   * A situation builder with the account's stage and the record's {@code risks} filled in, for the host
   * to add what else it knows (tier, style, complaints) and build.
   */
  public static ImmutableCustomerSituation.Builder situation(KeyAccount account, Set<RelationshipRisk> risks) {
    Require.notNull(account, "account");
    Require.notNull(risks, "risks");
    return CustomerSituation.builder().customer(account.customer()).keyAccountStage(account.stage().name())
        .relationshipRisks(risks.stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
