package io.crmkit.core.rule;

import io.crmkit.core.validation.Require;
import java.util.regex.Pattern;

/**
 * The one way crmkit names a business rule: a complaint guard, a churn rule, a loyalty rule. A rule
 * is a small class that extends this base, implements its family's interface ({@code ComplaintGuard},
 * {@code ChurnRule}, {@code LoyaltyRule}) and decides with a plain {@code if}; its family lists the
 * rules in force in one {@code allCurrent...()} method (the shape of ddd-by-examples'
 * {@code PlacingOnHoldPolicy.allCurrentPolicies()}).
 *
 * <p>The name is lower-case kebab-case ({@code facts-before-judgement}, {@code falling-spend}); it is
 * what refusals, signals and findings report and what {@link #toString()} prints, so a rule reads
 * the same in a log line, an exception and a test. Hosts may implement the family interfaces
 * directly; this base is how crmkit's own rules, and any host rule that wants it, get a checked name.
 *
 * <p>Immutable and thread-safe as long as the subclass is.
 */
public abstract class NamedRule {
  /** The longest rule name: a name is read in refusals and log lines, not a sentence. */
  public static final int MAX_NAME_LENGTH = 80;

  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String name;

  /**
   * @param name the rule's name, lower-case kebab-case
   * @throws io.crmkit.core.validation.InvalidValueException if the name is not kebab-case or too long
   */
  protected NamedRule(String name) {
    this.name = requireName(name, "rule.name");
  }

  /**
   * Checks a rule name given as data (a playbook rule, a rule group): lower-case kebab-case, at most
   * {@value #MAX_NAME_LENGTH} characters.
   *
   * @return the name unchanged
   * @throws io.crmkit.core.validation.InvalidValueException naming {@code field} otherwise
   */
  public static String requireName(String name, String field) {
    Require.notNull(name, field);
    Require.that(name.length() <= MAX_NAME_LENGTH, field, "must be at most " + MAX_NAME_LENGTH + " characters",
        name.length() + " characters");
    Require.that(KEBAB_CASE.matcher(name).matches(), field, "must be lower-case kebab-case", name);
    return name;
  }

  /** The rule's name, as refusals, signals and findings report it. */
  public final String name() {
    return name;
  }

  /** The rule's name. */
  @Override
  public final String toString() {
    return name;
  }
}
