package io.crmkit.core.complaint;

import io.crmkit.core.complaint.ComplaintAction.ChangeHandler;
import io.crmkit.core.complaint.ComplaintAction.Compromise;
import io.crmkit.core.complaint.ComplaintAction.FollowUp;
import io.crmkit.core.complaint.ComplaintAction.JudgeValid;
import io.crmkit.core.complaint.ComplaintAction.Plain;
import io.crmkit.core.complaint.ComplaintAction.Receive;
import io.crmkit.core.complaint.ComplaintAction.RecordFacts;
import io.crmkit.core.complaint.ComplaintAction.Shelve;
import io.crmkit.core.complaint.ComplaintAction.TagDifficultCustomer;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.codec.RecordReader;
import io.crmkit.core.codec.RecordWriter;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * The storage form of one complaint event: a compact versioned binary record with every field,
 * the note and the receipt's personal text included (so keep it in storage encrypted at rest and
 * never log it). A storage adapter keeps step, sequence, time and states in columns of its own if it
 * wants to query them; the record alone rebuilds the event. Stateless and thread-safe.
 *
 * <p>Format 2 writes the envelope (sequence, step, actor, time, states, note) and then the fields of
 * the step's own {@link ComplaintAction} kind and nothing else. Format 1, written before actions had
 * types, held a presence flag for the receipt and for each of seven step fields on every event; it is
 * still read, and a format 1 record whose fields do not fit its step is refused.
 */
public final class ComplaintEventCodec {
  /** The format {@link #encode} writes; {@link #decode} reads it and every earlier one. */
  public static final int FORMAT = 2;
  private static final int FORMAT_OPTIONAL_FIELDS = 1;
  private static final char TAG = 'E';

  private ComplaintEventCodec() {}

  public static byte[] encode(ComplaintEvent e) {
    Require.notNull(e, "complaintEvent");
    RecordWriter w = new RecordWriter(TAG, FORMAT);
    w.writeInt(e.sequence()).writeEnum(e.step()).writeString(e.actor().value()).writeInstant(e.at())
        .writeEnum(e.fromState()).writeEnum(e.toState()).writeString(e.note());
    ComplaintAction a = e.action();
    if (a instanceof Receive receive) {
      writeReceipt(w, receive.receipt());
    } else if (a instanceof RecordFacts facts) {
      w.writeOptional(facts.cause(), RecordWriter::writeEnum);
    } else if (a instanceof JudgeValid valid) {
      w.writeEnum(valid.cause());
    } else if (a instanceof FollowUp followUp) {
      w.writeInt(followUp.rating()).writeBoolean(followUp.problemSolved());
    } else if (a instanceof ChangeHandler change) {
      w.writeString(change.newHandler().value());
    } else if (a instanceof Shelve shelve) {
      w.writeInstant(shelve.resumeOn());
    } else if (a instanceof Compromise compromise) {
      w.writeMoney(compromise.concessionCost());
    } else if (a instanceof TagDifficultCustomer tag) {
      w.writeEnum(tag.difficultType());
    } else if (a instanceof ComplaintAction.RecordRemark said) {
      w.writeEnum(said.remark());
    }
    return w.toByteArray();
  }

  /**
   * The event the bytes hold.
   *
   * @throws RecordFormatException if the bytes are not a complaint event record this version reads
   */
  public static ComplaintEvent decode(byte[] bytes) {
    RecordReader r = new RecordReader(bytes, TAG, FORMAT, "complaintEvent");
    try {
      return decodeFields(r);
    } catch (RecordFormatException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw RecordFormatException.breaksRule("complaintEvent", r.position(), e);
    }
  }

  private static ComplaintEvent decodeFields(RecordReader r) {
    ImmutableComplaintEvent.Builder b = ComplaintEvent.builder().sequence(r.readInt("sequence"));
    ComplaintStep step = r.readEnum(ComplaintStep.class, "step");
    b.actor(EmployeeId.of(r.readString("actor"))).at(r.readInstant("at"))
        .fromState(r.readEnum(ComplaintState.class, "fromState"))
        .toState(r.readEnum(ComplaintState.class, "toState")).note(r.readString("note"));
    int at = r.position();
    try {
      b.action(r.format() == FORMAT_OPTIONAL_FIELDS ? readOptionalFields(r, step) : readAction(r, step));
    } catch (InvalidValueException e) {
      throw new RecordFormatException("complaintEvent", "action", at, "does not fit " + step + ": " + e.field() + " " + e.rule());
    }
    r.end();
    return b.build();
  }

  private static ComplaintAction readAction(RecordReader r, ComplaintStep step) {
    return switch (step) {
      case RECEIVE -> new Receive(readReceipt(r));
      case RECORD_FACTS -> new RecordFacts(r.readOptional("cause", x -> x.readEnum(ComplaintCause.class, "cause")));
      case JUDGE_VALID -> new JudgeValid(r.readEnum(ComplaintCause.class, "cause"));
      case FOLLOW_UP -> new FollowUp(r.readInt("rating"), r.readBoolean("problemSolved"));
      case CHANGE_HANDLER -> new ChangeHandler(EmployeeId.of(r.readString("newHandler")));
      case SHELVE -> new Shelve(r.readInstant("resumeOn"));
      case COMPROMISE -> new Compromise(r.readMoney("concessionCost"));
      case TAG_DIFFICULT_CUSTOMER -> new TagDifficultCustomer(r.readEnum(DifficultCustomerType.class,
          "difficultType"));
      case RECORD_REMARK -> new ComplaintAction.RecordRemark(r.readEnum(Remark.class, "remark"));
      default -> new Plain(step);
    };
  }

  /** Format 1: the receipt and seven step fields, each behind a presence flag; only the step's own may be there. */
  private static ComplaintAction readOptionalFields(RecordReader r, ComplaintStep step) {
    Optional<Receipt> receipt = r.readOptional("receipt", ComplaintEventCodec::readReceipt);
    Optional<ComplaintCause> cause = r.readOptional("data.cause", x -> x.readEnum(ComplaintCause.class, "data.cause"));
    Optional<Integer> rating = r.readOptional("data.rating", x -> x.readInt("data.rating"));
    Optional<Boolean> problemSolved = r.readOptional("data.problemSolved", x -> x.readBoolean("data.problemSolved"));
    Optional<EmployeeId> newHandler = r.readOptional("data.newHandler",
        x -> EmployeeId.of(x.readString("data.newHandler")));
    Optional<Instant> resumeOn = r.readOptional("data.resumeOn", x -> x.readInstant("data.resumeOn"));
    Optional<Money> cost = r.readOptional("data.concessionCost", x -> x.readMoney("data.concessionCost"));
    Optional<DifficultCustomerType> difficult = r.readOptional("data.difficultType",
        x -> x.readEnum(DifficultCustomerType.class, "data.difficultType"));
    ComplaintAction action = switch (step) {
      case RECEIVE -> new Receive(receipt.orElse(null));
      case RECORD_FACTS -> new RecordFacts(cause);
      case JUDGE_VALID -> new JudgeValid(cause.orElse(null));
      case FOLLOW_UP -> new FollowUp(rating.orElseThrow(() -> missing("rating", step)),
          problemSolved.orElseThrow(() -> missing("problemSolved", step)));
      case CHANGE_HANDLER -> new ChangeHandler(newHandler.orElse(null));
      case SHELVE -> new Shelve(resumeOn.orElse(null));
      case COMPROMISE -> new Compromise(cost.orElse(null));
      case TAG_DIFFICULT_CUSTOMER -> new TagDifficultCustomer(difficult.orElse(null));
      default -> new Plain(step);
    };
    int present = (receipt.isPresent() ? 1 : 0) + (cause.isPresent() ? 1 : 0) + (rating.isPresent() ? 1 : 0)
        + (problemSolved.isPresent() ? 1 : 0) + (newHandler.isPresent() ? 1 : 0) + (resumeOn.isPresent() ? 1 : 0)
        + (cost.isPresent() ? 1 : 0) + (difficult.isPresent() ? 1 : 0);
    int used = switch (step) {
      case RECORD_FACTS -> cause.isPresent() ? 1 : 0;
      case FOLLOW_UP -> 2;
      case RECEIVE, JUDGE_VALID, CHANGE_HANDLER, SHELVE, COMPROMISE, TAG_DIFFICULT_CUSTOMER -> 1;
      default -> 0;
    };
    if (present != used) {
      throw new InvalidValueException("complaintEvent.data", "must hold only the fields of " + step,
          present + " fields");
    }
    return action;
  }

  private static InvalidValueException missing(String field, ComplaintStep step) {
    return new InvalidValueException("complaintCommand." + field, "must be given for " + step, "missing " + field);
  }

  private static void writeReceipt(RecordWriter w, Receipt r) {
    w.writeString(r.complainant().value()).writeEnum(r.channel()).writeString(r.whatHappened())
        .writeOptional(r.remedyRequested(), RecordWriter::writeString).writeEnum(r.severity());
  }

  private static Receipt readReceipt(RecordReader x) {
    return Receipt.builder().complainant(CustomerId.of(x.readString("receipt.complainant")))
        .channel(x.readEnum(Channel.class, "receipt.channel")).whatHappened(x.readString("receipt.whatHappened"))
        .remedyRequested(x.readOptional("receipt.remedyRequested", y -> y.readString("receipt.remedyRequested")))
        .severity(x.readEnum(ComplaintSeverity.class, "receipt.severity")).build();
  }
}
