package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;

/**
 * The result of checking the customer's satisfaction on re-contact (检查客户满意度): perception
 * against expectation, as {@link SatisfactionOutcome} states it, and the day it was checked. The next
 * round's agenda starts from it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome dissatisfied, basically satisfied or satisfied
 * @param checkedOn the day of the check
 */
public record SatisfactionCheck(SatisfactionOutcome outcome, LocalDate checkedOn) {

  /** Validates both fields. */
  public SatisfactionCheck {
    Require.notNull(outcome, "satisfactionCheck.outcome");
    Require.notNull(checkedOn, "satisfactionCheck.checkedOn");
  }
}
