package io.crmkit.scoring;

/**
 * How many examples a property test draws: the number the test asks for, capped by the system
 * property {@code crmkit.examples} when it is set. Mutation testing (the {@code mutation} profile)
 * sets it low, so every property still runs under PIT, on fewer examples, instead of timing out or
 * being excluded. Use as {@code qt().withExamples(PropertySize.examples(300))}.
 */
public final class PropertySize {
  private PropertySize() {}

  /** {@code wanted}, or the cap from {@code -Dcrmkit.examples} when that is smaller (at least 1). */
  public static int examples(int wanted) {
    Integer cap = Integer.getInteger("crmkit.examples");
    return cap == null ? wanted : Math.max(1, Math.min(wanted, cap));
  }
}
