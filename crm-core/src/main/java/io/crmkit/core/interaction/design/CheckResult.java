package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.Require;

/**
 * The verdict of one {@link GoalCheck}: passed or failed, and why, in words a planner can act on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param check the check
 * @param passed whether the goal (or the design's goals) passed it
 * @param reason why it passed or what is wrong
 */
public record CheckResult(GoalCheck check, boolean passed, String reason) {

  /** Validates every field. */
  public CheckResult {
    Require.notNull(check, "checkResult.check");
    Require.text(reason, "checkResult.reason");
  }

  static CheckResult pass(GoalCheck check, String reason) {
    return new CheckResult(check, true, reason);
  }

  static CheckResult fail(GoalCheck check, String reason) {
    return new CheckResult(check, false, reason);
  }

  /** The verdict as one line: {@code ACHIEVABLE failed: ...}. */
  public String describe() {
    return check + (passed ? " passed: " : " failed: ") + reason;
  }
}
