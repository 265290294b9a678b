package io.crmkit.core.interaction;

import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.codec.RecordReader;
import io.crmkit.core.codec.RecordWriter;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.Require;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The storage form of one interaction revision: every field, personal content included, as a
 * compact versioned binary record (conventions as in {@link io.crmkit.core.customer.CustomerCodec}).
 * Keep the bytes in storage the host encrypts at rest and never log them. Decoding goes through the
 * model's builder, so a decoded revision passes every rule a new one does. Stateless and thread-safe.
 */
public final class InteractionCodec {
  /** The format {@link #encode} writes; {@link #decode} reads it and every earlier one. */
  public static final int FORMAT = 1;
  private static final char TAG = 'I';
  private static final String RECORD = "interaction";

  private InteractionCodec() {}

  public static byte[] encode(Interaction i) {
    Require.notNull(i, "interaction");
    RecordWriter w = new RecordWriter(TAG, FORMAT);
    w.writeString(i.id().value()).writeInt(i.revision()).writeString(i.customer().value())
        .writeString(i.channel().value()).writeEnum(i.distance()).writeEnum(i.medium()).writeEnum(i.initiator())
        .writeAll(i.contents(), RecordWriter::writeEnum).writeEnum(i.purpose())
        .writeInstant(i.occurredAt().toInstant()).writeString(i.occurredAt().getZone().getId())
        .writeInstant(i.recordedAt())
        .writeAll(i.staff(), (x, e) -> x.writeString(e.value()))
        .writeAll(i.contactPersons(), RecordWriter::writeString)
        .writeOptional(i.summary(), RecordWriter::writeString)
        .writeAll(i.commitments(), (x, c) -> x.writeString(c.id().value())
            .writeOptional(c.wording(), RecordWriter::writeString).writeDate(c.dueOn()).writeEnum(c.promisedBy()))
        .writeAll(i.resolutions(), (x, r) -> x.writeString(r.commitment().value()).writeEnum(r.outcome())
            .writeDate(r.on()))
        .writeOptional(i.correctionReason(), RecordWriter::writeString)
        .writeBoolean(i.personalContentErased());
    return w.toByteArray();
  }

  /**
   * The revision the bytes hold.
   *
   * @throws RecordFormatException if the bytes are not an interaction record this version reads
   */
  public static Interaction decode(byte[] bytes) {
    RecordReader r = new RecordReader(bytes, TAG, FORMAT, RECORD);
    ImmutableInteraction.Builder b = Interaction.builder().id(InteractionId.of(r.readString("id")))
        .revision(r.readInt("revision")).customer(CustomerId.of(r.readString("customer")))
        .channel(ChannelCode.of(r.readString("channel"))).distance(r.readEnum(Distance.class, "distance"))
        .medium(r.readEnum(Medium.class, "medium")).initiator(r.readEnum(Initiator.class, "initiator"))
        .contents(r.readAll("contents", x -> x.readEnum(ExchangeContent.class, "content")))
        .purpose(r.readEnum(Purpose.class, "purpose"));
    java.time.Instant at = r.readInstant("occurredAt");
    int zoneAt = r.position();
    String zone = r.readString("zone");
    try {
      b.occurredAt(at.atZone(ZoneId.of(zone)));
    } catch (DateTimeException e) {
      throw new RecordFormatException(RECORD, "zone", zoneAt, "holds '" + zone + "', not a time zone");
    }
    b.recordedAt(r.readInstant("recordedAt"))
        .staff(r.readAll("staff", x -> EmployeeId.of(x.readString("staff"))))
        .contactPersons(r.readAll("contactPersons", x -> x.readString("contactPerson")))
        .summary(r.readOptional("summary", x -> x.readString("summary")))
        .commitments(r.readAll("commitments", x -> ImmutableCommitment.builder()
            .id(CommitmentId.of(x.readString("commitment.id")))
            .wording(x.readOptional("commitment.wording", y -> y.readString("commitment.wording")))
            .dueOn(x.readDate("commitment.dueOn")).promisedBy(x.readEnum(Initiator.class, "commitment.promisedBy"))
            .build()))
        .resolutions(r.readAll("resolutions", x -> CommitmentResolution.of(
            CommitmentId.of(x.readString("resolution.commitment")),
            x.readEnum(CommitmentOutcome.class, "resolution.outcome"), x.readDate("resolution.on"))))
        .correctionReason(r.readOptional("correctionReason", x -> x.readString("correctionReason")))
        .personalContentErased(r.readBoolean("personalContentErased"));
    r.end();
    return b.build();
  }
}
