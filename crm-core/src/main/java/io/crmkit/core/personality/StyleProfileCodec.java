package io.crmkit.core.personality;

import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.codec.RecordReader;
import io.crmkit.core.codec.RecordWriter;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.Require;

/**
 * The storage form of a style profile: every observation and every dated assessment, as a compact
 * versioned binary record (see {@link io.crmkit.core.customer.CustomerCodec} for the conventions).
 * An assessment of a person's behaviour is personal data: keep the bytes in storage the host
 * encrypts at rest and never log them. Stateless and thread-safe.
 */
public final class StyleProfileCodec {
  /** The format {@link #encode} writes; {@link #decode} reads it and every earlier one. */
  public static final int FORMAT = 1;
  private static final char TAG = 'P';

  private StyleProfileCodec() {}

  public static byte[] encode(StyleProfile p) {
    Require.notNull(p, "styleProfile");
    RecordWriter w = new RecordWriter(TAG, FORMAT);
    w.writeString(p.customer().value());
    w.writeAll(p.observations(), (x, o) -> {
      writeCue(x, o.cue());
      x.writeString(o.observedBy().value()).writeInstant(o.observedAt());
    });
    w.writeAll(p.history(), (x, d) -> {
      StyleAssessment a = d.assessment();
      x.writeInstant(d.at()).writeOptional(a.style(), RecordWriter::writeEnum).writeInt(a.assertiveness())
          .writeInt(a.responsiveness()).writeLong(Double.doubleToLongBits(a.confidence()))
          .writeAll(a.cues(), StyleProfileCodec::writeCue).writeString(a.reason());
    });
    return w.toByteArray();
  }

  /**
   * The profile the bytes hold.
   *
   * @throws RecordFormatException if the bytes are not a style profile record this version reads
   */
  public static StyleProfile decode(byte[] bytes) {
    RecordReader r = new RecordReader(bytes, TAG, FORMAT, "styleProfile");
    try {
      return decodeFields(r);
    } catch (RecordFormatException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw RecordFormatException.breaksRule("styleProfile", r.position(), e);
    }
  }

  private static StyleProfile decodeFields(RecordReader r) {
    ImmutableStyleProfile.Builder b = ImmutableStyleProfile.builder().customer(CustomerId.of(r.readString("customer")));
    b.observations(r.readAll("observations", x -> ImmutableObservation.of(readCue(x),
        EmployeeId.of(x.readString("observedBy")), x.readInstant("observedAt"))));
    b.history(r.readAll("history", x -> ImmutableDated.of(x.readInstant("at"), ImmutableStyleAssessment.builder()
        .style(x.readOptional("style", y -> y.readEnum(PersonalityStyle.class, "style")))
        .assertiveness(x.readInt("assertiveness")).responsiveness(x.readInt("responsiveness"))
        .confidence(Double.longBitsToDouble(x.readLong("confidence")))
        .cues(x.readAll("cues", StyleProfileCodec::readCue)).reason(x.readString("reason")).build())));
    r.end();
    return b.build();
  }

  private static void writeCue(RecordWriter w, BehaviourCue c) {
    w.writeString(c.description()).writeInt(c.assertiveness()).writeInt(c.responsiveness());
  }

  private static BehaviourCue readCue(RecordReader r) {
    return BehaviourCue.of(r.readString("cue.description"), r.readInt("cue.assertiveness"),
        r.readInt("cue.responsiveness"));
  }
}
