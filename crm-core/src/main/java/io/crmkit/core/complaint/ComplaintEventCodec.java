package io.crmkit.core.complaint;

import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.codec.RecordReader;
import io.crmkit.core.codec.RecordWriter;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.Require;

/**
 * The storage form of one complaint event: a compact versioned binary record with every field,
 * the note and the receipt's personal text included (so keep it in storage encrypted at rest and
 * never log it). A storage adapter keeps step, sequence, time and states in columns of its own if it
 * wants to query them; the record alone rebuilds the event. Stateless and thread-safe.
 */
public final class ComplaintEventCodec {
  /** The format {@link #encode} writes; {@link #decode} reads it and every earlier one. */
  public static final int FORMAT = 1;
  private static final char TAG = 'E';

  private ComplaintEventCodec() {}

  public static byte[] encode(ComplaintEvent e) {
    Require.notNull(e, "complaintEvent");
    RecordWriter w = new RecordWriter(TAG, FORMAT);
    w.writeInt(e.sequence()).writeEnum(e.step()).writeString(e.actor().value()).writeInstant(e.at())
        .writeEnum(e.fromState()).writeEnum(e.toState()).writeString(e.note());
    w.writeOptional(e.receipt(), (x, r) -> x.writeString(r.complainant().value()).writeEnum(r.channel())
        .writeString(r.whatHappened()).writeOptional(r.remedyRequested(), RecordWriter::writeString)
        .writeEnum(r.severity()));
    StepData d = e.data();
    w.writeOptional(d.cause(), RecordWriter::writeEnum).writeOptional(d.rating(), RecordWriter::writeInt)
        .writeOptional(d.problemSolved(), RecordWriter::writeBoolean)
        .writeOptional(d.newHandler(), (x, h) -> x.writeString(h.value()))
        .writeOptional(d.resumeOn(), RecordWriter::writeInstant)
        .writeOptional(d.concessionCost(), RecordWriter::writeMoney)
        .writeOptional(d.difficultType(), RecordWriter::writeEnum);
    return w.toByteArray();
  }

  /**
   * The event the bytes hold.
   *
   * @throws RecordFormatException if the bytes are not a complaint event record this version reads
   */
  public static ComplaintEvent decode(byte[] bytes) {
    RecordReader r = new RecordReader(bytes, TAG, FORMAT, "complaintEvent");
    ImmutableComplaintEvent.Builder b = ComplaintEvent.builder().sequence(r.readInt("sequence"))
        .step(r.readEnum(ComplaintStep.class, "step")).actor(EmployeeId.of(r.readString("actor")))
        .at(r.readInstant("at")).fromState(r.readEnum(ComplaintState.class, "fromState"))
        .toState(r.readEnum(ComplaintState.class, "toState")).note(r.readString("note"))
        .receipt(r.readOptional("receipt", x -> Receipt.builder()
            .complainant(CustomerId.of(x.readString("receipt.complainant")))
            .channel(x.readEnum(Channel.class, "receipt.channel")).whatHappened(x.readString("receipt.whatHappened"))
            .remedyRequested(x.readOptional("receipt.remedyRequested", y -> y.readString("receipt.remedyRequested")))
            .severity(x.readEnum(ComplaintSeverity.class, "receipt.severity")).build()));
    b.data(StepData.builder().cause(r.readOptional("data.cause", x -> x.readEnum(ComplaintCause.class, "data.cause")))
        .rating(r.readOptional("data.rating", x -> x.readInt("data.rating")))
        .problemSolved(r.readOptional("data.problemSolved", x -> x.readBoolean("data.problemSolved")))
        .newHandler(r.readOptional("data.newHandler", x -> EmployeeId.of(x.readString("data.newHandler"))))
        .resumeOn(r.readOptional("data.resumeOn", x -> x.readInstant("data.resumeOn")))
        .concessionCost(r.readOptional("data.concessionCost", x -> x.readMoney("data.concessionCost")))
        .difficultType(r.readOptional("data.difficultType", x -> x.readEnum(DifficultCustomerType.class,
            "data.difficultType")))
        .build());
    r.end();
    return b.build();
  }
}
