package io.crmkit.core.complaint;

import io.crmkit.core.complaint.ComplaintAction.ChangeHandler;
import io.crmkit.core.complaint.ComplaintAction.Compromise;
import io.crmkit.core.complaint.ComplaintAction.FollowUp;
import io.crmkit.core.complaint.ComplaintAction.JudgeValid;
import io.crmkit.core.complaint.ComplaintAction.Plain;
import io.crmkit.core.complaint.ComplaintAction.Receive;
import io.crmkit.core.complaint.ComplaintAction.RecordFacts;
import io.crmkit.core.complaint.ComplaintAction.RecordRemark;
import io.crmkit.core.complaint.ComplaintAction.Shelve;
import io.crmkit.core.complaint.ComplaintAction.TagDifficultCustomer;
import java.util.Map;

/** The step each kind of {@link ComplaintAction} takes, listed once (a {@link Plain} action names its own). */
final class ComplaintActionSteps {
  private static final Map<Class<? extends ComplaintAction>, ComplaintStep> STEPS = Map.of(
      Receive.class, ComplaintStep.RECEIVE,
      RecordFacts.class, ComplaintStep.RECORD_FACTS,
      JudgeValid.class, ComplaintStep.JUDGE_VALID,
      FollowUp.class, ComplaintStep.FOLLOW_UP,
      ChangeHandler.class, ComplaintStep.CHANGE_HANDLER,
      Shelve.class, ComplaintStep.SHELVE,
      Compromise.class, ComplaintStep.COMPROMISE,
      TagDifficultCustomer.class, ComplaintStep.TAG_DIFFICULT_CUSTOMER,
      RecordRemark.class, ComplaintStep.RECORD_REMARK);

  private ComplaintActionSteps() {}

  /** The step {@code action}'s kind takes. */
  static ComplaintStep of(ComplaintAction action) {
    return STEPS.get(action.getClass());
  }
}
