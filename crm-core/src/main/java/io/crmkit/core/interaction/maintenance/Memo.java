package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The memo written after contact (会议或沟通备忘录): the issues still to solve and, when one was made,
 * the appointment for the next contact (再联系预约), which the next round's contact starts from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param openIssues the issues the memo confirms are still to be solved
 * @param nextAppointment the day agreed for the next contact, when agreed
 */
public record Memo(List<String> openIssues, Optional<LocalDate> nextAppointment) {

  /** Validates and copies. */
  public Memo {
    Require.notNull(openIssues, "memo.openIssues");
    openIssues = List.copyOf(openIssues);
    for (int i = 0; i < openIssues.size(); i++) {
      Require.text(openIssues.get(i), "memo.openIssues[" + i + "]");
    }
    Require.notNull(nextAppointment, "memo.nextAppointment");
  }
}
