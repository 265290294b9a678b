package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one step of complaint handling does, with exactly the facts that step needs and nothing
 * else: a judgement carries its cause, a follow-up its rating, a shelving its resume date. A
 * {@link ComplaintCommand} brings an action; the {@link ComplaintEvent} records it unchanged. Each
 * kind is its own type, so an impossible combination (a shelving without a resume date, a rating on
 * a judgement) cannot be built. The {@link ComplaintStep} of an action is the key of the
 * {@link ComplaintWorkflow} table.
 *
 * <p>Every factory validates its fields and names the missing or wrong one
 * ({@code complaintCommand.resumeOn must be given for SHELVE}). Immutable and thread-safe.
 */
public sealed interface ComplaintAction {

  /**
   * The step this action takes: the key of the workflow table. Each kind of action takes one step,
   * listed once in {@link ComplaintActionSteps}; {@link Plain} names its own.
   */
  default ComplaintStep step() {
    return ComplaintActionSteps.of(this);
  }

  /**
   * The action of a step that carries nothing besides its note ({@code ACKNOWLEDGE},
   * {@code PROPOSE_REMEDY}, {@code CLOSE}...); {@code RECORD_FACTS} reads as facts with no cause yet.
   *
   * @throws io.crmkit.core.validation.InvalidValueException naming the first field {@code step} needs, for a
   *     step that carries data
   */
  static ComplaintAction of(ComplaintStep step) {
    Require.notNull(step, "complaintCommand.step");
    return step == ComplaintStep.RECORD_FACTS ? new RecordFacts(Optional.empty()) : new Plain(step);
  }

  /** The fields {@code step} must carry besides its note, in the order a missing one is reported. */
  private static List<String> requiredFieldsOf(ComplaintStep step) {
    return switch (step) {
      case RECEIVE -> List.of("receipt");
      case JUDGE_VALID -> List.of("cause");
      case FOLLOW_UP -> List.of("rating", "problemSolved");
      case CHANGE_HANDLER -> List.of("newHandler");
      case SHELVE -> List.of("resumeOn");
      case COMPROMISE -> List.of("concessionCost");
      case TAG_DIFFICULT_CUSTOMER -> List.of("difficultType");
      case RECORD_REMARK -> List.of("remark");
      default -> List.of();
    };
  }

  /** Fails naming {@code field} and the {@code step} that needs it unless it was given (every action with data). */
  private static <T> T given(T value, String field, ComplaintStep step) {
    Require.that(value != null, "complaintCommand." + field, "must be given for " + step, "missing " + field);
    return value;
  }

  /** RECEIVE: the complaint arrives with its receipt. */
  record Receive(Receipt receipt) implements ComplaintAction {
    public Receive {
      given(receipt, "receipt", step());
    }
  }

  /** RECORD_FACTS: key points and facts, with the cause if already known. */
  record RecordFacts(Optional<ComplaintCause> cause) implements ComplaintAction {
    public RecordFacts {
      given(cause, "cause", step());
    }
  }

  /** JUDGE_VALID: the facts show the complaint is justified, for this cause. */
  record JudgeValid(ComplaintCause cause) implements ComplaintAction {
    public JudgeValid {
      given(cause, "cause", step());
    }
  }

  /** FOLLOW_UP: is the problem solved, and how was the handling ({@code rating} 1-5)? */
  record FollowUp(int rating, boolean problemSolved) implements ComplaintAction {
    public FollowUp {
      Require.that(rating >= 1 && rating <= 5, "complaintCommand.rating", "must be within 1..5", rating);
    }
  }

  /** CHANGE_HANDLER: escalation to another person or level. */
  record ChangeHandler(EmployeeId newHandler) implements ComplaintAction {
    public ChangeHandler {
      given(newHandler, "newHandler", step());
    }
  }

  /** SHELVE: a cooling-off period until {@code resumeOn}. */
  record Shelve(Instant resumeOn) implements ComplaintAction {
    public Shelve {
      given(resumeOn, "resumeOn", step());
    }
  }

  /** COMPROMISE: a concession, with what it costs the company, offered as the new remedy. */
  record Compromise(Money concessionCost) implements ComplaintAction {
    public Compromise {
      given(concessionCost, "concessionCost", step());
      Require.that(!concessionCost.isNegative(), "complaintCommand.concessionCost", "must not be negative",
          concessionCost);
    }
  }

  /** TAG_DIFFICULT_CUSTOMER: the type of difficult customer, and so the techniques to use. */
  record TagDifficultCustomer(DifficultCustomerType difficultType) implements ComplaintAction {
    public TagDifficultCustomer {
      given(difficultType, "difficultType", step());
    }
  }

  /** RECORD_REMARK: what the handler said or did in conversation with the customer. */
  record RecordRemark(Remark remark) implements ComplaintAction {
    public RecordRemark {
      given(remark, "remark", step());
    }
  }

  /** Any step that carries nothing besides its note; refuses a step that needs data. */
  record Plain(ComplaintStep step) implements ComplaintAction {
    public Plain {
      Require.notNull(step, "complaintCommand.step");
      Require.that(step != ComplaintStep.RECORD_FACTS, "complaintCommand.step",
          "must be a RecordFacts action (its cause may be empty)", step);
      List<String> needs = requiredFieldsOf(step);
      Require.that(needs.isEmpty(), "complaintCommand." + (needs.isEmpty() ? "step" : needs.get(0)),
          "must be given for " + step, "missing " + String.join(" and ", needs));
    }
  }
}
