package io.crmkit.core.complaint;

import io.crmkit.core.codec.JsonFields;
import io.crmkit.core.codec.JsonObjectWriter;
import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.complaint.ComplaintAction.ChangeHandler;
import io.crmkit.core.complaint.ComplaintAction.Compromise;
import io.crmkit.core.complaint.ComplaintAction.FollowUp;
import io.crmkit.core.complaint.ComplaintAction.JudgeValid;
import io.crmkit.core.complaint.ComplaintAction.Plain;
import io.crmkit.core.complaint.ComplaintAction.Receive;
import io.crmkit.core.complaint.ComplaintAction.RecordFacts;
import io.crmkit.core.complaint.ComplaintAction.Shelve;
import io.crmkit.core.complaint.ComplaintAction.TagDifficultCustomer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;

/**
 * The JSON form of a complaint event, for a host's {@code jsonb} or document column: the envelope
 * (sequence, step, actor, time, states, note) and an {@code "action"} object holding the fields of
 * the step's own {@link ComplaintAction} kind and nothing else, the same fields
 * {@link ComplaintEventCodec} stores. The receipt's account and the notes are personal text: keep the
 * JSON where the host encrypts at rest, and never log it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ComplaintEventJson {
  /** The form {@link #encode} writes and {@link #decode} reads. */
  public static final int FORMAT = 1;
  private static final String RECORD = "complaintEvent";

  private ComplaintEventJson() {}

  public static String encode(ComplaintEvent e) {
    Require.notNull(e, "complaintEvent");
    return new JsonObjectWriter().put("format", FORMAT).put("sequence", e.sequence()).put("step", e.step())
        .put("actor", e.actor().value()).put("at", e.at()).put("fromState", e.fromState())
        .put("toState", e.toState()).put("note", e.note()).put("action", action(e.action())).toJson();
  }

  private static JsonObjectWriter action(ComplaintAction a) {
    JsonObjectWriter w = new JsonObjectWriter();
    if (a instanceof Receive receive) {
      Receipt r = receive.receipt();
      w.put("complainant", r.complainant().value()).put("channel", r.channel()).put("whatHappened", r.whatHappened())
          .putOptional("remedyRequested", r.remedyRequested(), x -> x).put("severity", r.severity());
    } else if (a instanceof RecordFacts facts) {
      w.putOptional("cause", facts.cause(), c -> c);
    } else if (a instanceof JudgeValid valid) {
      w.put("cause", valid.cause());
    } else if (a instanceof FollowUp followUp) {
      w.put("rating", followUp.rating()).put("problemSolved", followUp.problemSolved());
    } else if (a instanceof ChangeHandler change) {
      w.put("newHandler", change.newHandler().value());
    } else if (a instanceof Shelve shelve) {
      w.put("resumeOn", shelve.resumeOn());
    } else if (a instanceof Compromise compromise) {
      w.put("concessionCost", compromise.concessionCost());
    } else if (a instanceof TagDifficultCustomer tag) {
      w.put("difficultType", tag.difficultType());
    } else if (a instanceof ComplaintAction.RecordRemark remark) {
      w.put("remark", remark.remark());
    }
    return w;
  }

  /**
   * The searchable projection of a complaint event, for an indexed {@code jsonb} column a host
   * queries in clear: a subset of {@link #encode}'s form under the same names (sequence, step,
   * actor, time, states; in {@code "action"} the complainant's id, channel, severity, cause, the
   * follow-up's rating and verdict, the new handler, the resumption time and the remark). Left out:
   * the note, the customer's account of what happened and the remedy asked for (personal text), a
   * compromise's cost (an amount) and the difficult-customer type (a label on a person), so it may
   * sit unencrypted beside a record the host encrypts.
   */
  public static String searchable(ComplaintEvent e) {
    Require.notNull(e, "complaintEvent");
    JsonObjectWriter w = new JsonObjectWriter();
    ComplaintAction a = e.action();
    if (a instanceof Receive receive) {
      Receipt r = receive.receipt();
      w.put("complainant", r.complainant().value()).put("channel", r.channel()).put("severity", r.severity());
    } else if (a instanceof RecordFacts facts) {
      w.putOptional("cause", facts.cause(), c -> c);
    } else if (a instanceof JudgeValid valid) {
      w.put("cause", valid.cause());
    } else if (a instanceof FollowUp followUp) {
      w.put("rating", followUp.rating()).put("problemSolved", followUp.problemSolved());
    } else if (a instanceof ChangeHandler change) {
      w.put("newHandler", change.newHandler().value());
    } else if (a instanceof Shelve shelve) {
      w.put("resumeOn", shelve.resumeOn());
    } else if (a instanceof ComplaintAction.RecordRemark remark) {
      w.put("remark", remark.remark());
    }
    // Allowed fields only, kind by kind: a compromise's cost, a difficult-customer label and any
    // field a new kind brings stay out until they are judged safe to search in clear.
    return new JsonObjectWriter().put("sequence", e.sequence()).put("step", e.step()).put("actor", e.actor().value())
        .put("at", e.at()).put("fromState", e.fromState()).put("toState", e.toState()).put("action", w).toJson();
  }

  /**
   * The event the JSON holds.
   *
   * @throws RecordFormatException if the text is not a complaint event in a form this version reads,
   *     or its action does not fit its step
   */
  public static ComplaintEvent decode(String json) {
    JsonFields r = JsonFields.parse(json, RECORD);
    int format = r.intValue("format");
    if (format != FORMAT) {
      throw new RecordFormatException(RECORD, "format", "is " + format + ", this version reads " + FORMAT);
    }
    ComplaintStep step = r.enumValue(ComplaintStep.class, "step");
    JsonFields a = r.object("action");
    ComplaintAction action;
    try {
      action = switch (step) {
        case RECEIVE -> new Receive(Receipt.builder().complainant(CustomerId.of(a.string("complainant")))
            .channel(a.enumValue(Channel.class, "channel")).whatHappened(a.string("whatHappened"))
            .remedyRequested(a.optional("remedyRequested", JsonFields::string))
            .severity(a.enumValue(ComplaintSeverity.class, "severity")).build());
        case RECORD_FACTS -> new RecordFacts(a.optional("cause", (x, n) -> x.enumValue(ComplaintCause.class, n)));
        case JUDGE_VALID -> new JudgeValid(a.enumValue(ComplaintCause.class, "cause"));
        case FOLLOW_UP -> new FollowUp(a.intValue("rating"), a.bool("problemSolved"));
        case CHANGE_HANDLER -> new ChangeHandler(EmployeeId.of(a.string("newHandler")));
        case SHELVE -> new Shelve(a.instant("resumeOn"));
        case COMPROMISE -> new Compromise(a.money("concessionCost"));
        case TAG_DIFFICULT_CUSTOMER -> new TagDifficultCustomer(a.enumValue(DifficultCustomerType.class,
            "difficultType"));
        case RECORD_REMARK -> new ComplaintAction.RecordRemark(a.enumValue(Remark.class, "remark"));
        default -> new Plain(step);
      };
    } catch (InvalidValueException e) {
      throw new RecordFormatException(RECORD, "action", "does not fit " + step + ": " + e.getMessage());
    }
    return ComplaintEvent.builder().sequence(r.intValue("sequence")).actor(EmployeeId.of(r.string("actor")))
        .at(r.instant("at")).fromState(r.enumValue(ComplaintState.class, "fromState"))
        .toState(r.enumValue(ComplaintState.class, "toState")).note(r.string("note")).action(action).build();
  }
}
