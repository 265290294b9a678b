package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The memo written after contact (会议或沟通备忘录): in writing, the commitments confirmed again and the
 * issues still to solve (用书面的形式将沟通过程中需要解决的问题和提出的承诺进行再次确认), and, when one
 * was made, the appointment for the next contact (再联系预约), which the next round starts from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param confirmedCommitments the commitments the memo confirms, each once
 * @param openIssues the issues still to be solved
 * @param nextAppointment the day agreed for the next contact, when agreed
 */
public record Memo(List<CommitmentId> confirmedCommitments, List<String> openIssues,
    Optional<LocalDate> nextAppointment) {

  /** Validates and copies. */
  public Memo {
    Require.notNull(confirmedCommitments, "memo.confirmedCommitments");
    confirmedCommitments = List.copyOf(confirmedCommitments);
    Require.distinct(confirmedCommitments, "memo.confirmedCommitments");
    Require.notNull(openIssues, "memo.openIssues");
    openIssues = List.copyOf(openIssues);
    for (int i = 0; i < openIssues.size(); i++) {
      Require.text(openIssues.get(i), "memo.openIssues[" + i + "]");
    }
    Require.notNull(nextAppointment, "memo.nextAppointment");
  }

  /** Commitment ids and counts only: the issues may touch the customer's affairs. */
  @Override
  public String toString() {
    return "Memo{confirmedCommitments=" + confirmedCommitments + ", openIssues=" + openIssues.size()
        + ", nextAppointment=" + nextAppointment.map(Object::toString).orElse("-") + "}";
  }
}
