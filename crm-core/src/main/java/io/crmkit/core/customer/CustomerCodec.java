package io.crmkit.core.customer;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.codec.RecordReader;
import io.crmkit.core.codec.RecordWriter;
import io.crmkit.core.customer.confidentiality.ImmutableConsent;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.ContactRole;
import io.crmkit.core.customer.contact.ImmutableContactPerson;
import io.crmkit.core.customer.contact.ImmutableContactPoint;
import io.crmkit.core.customer.contact.ImmutableContactPreferences;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.customer.internal.FactContent;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ImmutableNeed;
import io.crmkit.core.customer.profile.NeedKind;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.core.customer.sales.ExchangeRate;
import io.crmkit.core.customer.sales.ImmutableOrder;
import io.crmkit.core.customer.sales.ImmutableQuotation;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.customer.sales.QuoteIntent;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.LinkedHashSet;

/**
 * The storage form of a customer: every field, confidential fact values included, as a compact
 * versioned binary record. This is the one sanctioned way for a storage adapter to persist what
 * {@link ProfileFact} will not show (a confidential value leaves the model otherwise only through
 * {@link io.crmkit.core.customer.confidentiality.Disclosures#disclose} for a stated purpose).
 *
 * <p>{@link #encode(Customer, RecordCipher)} seals the whole record with the host's key
 * ({@link #SEALED_FORMAT}: AES-256-GCM, the key id in the record, authenticated): the bytes then hold
 * no field of the customer in clear, not its id, name, contact points, facts, amounts or notes.
 * {@link #encode(Customer)} writes the plain record, which holds confidential data in clear: only for
 * storage the host encrypts at rest itself, and never to be logged.
 *
 * <p>Decoding goes through the model's builders, so a decoded customer passes every rule a new one
 * does; damaged bytes raise a {@link RecordFormatException} that names the field and offset.
 * Stateless and thread-safe.
 *
 * <p>The record holds no version: the version is the storage row's (a column beside the record,
 * which the conditional write checks), and {@link #decode(byte[], long)} takes it from there, so the
 * two can never disagree.
 *
 * <p>Format 4 ({@link #SEALED_FORMAT}) is a format 3 record sealed under the host's key. Format 3
 * drops the version from the record. Format 2 added each need's {@link NeedKind}
 * (business or personal) and the no-need judgement at the end. Records of formats 1 and 2 still
 * read: the version they carry is skipped in favour of the row's, format 1 needs read as business
 * needs and without a judgement.
 */
public final class CustomerCodec {
  /** The plain format {@link #encode(Customer)} writes; {@link #decode} reads it and every earlier one. */
  public static final int FORMAT = 3;
  /**
   * The sealed format {@link #encode(Customer, RecordCipher)} writes: the tag, this format, the key id
   * and a nonce, then a {@link #FORMAT} record encrypted and authenticated under that key.
   */
  public static final int SEALED_FORMAT = 4;
  /**
   * Format 1 had no consent expiry, no fact revision identity, no kind of need, no no-need
   * judgement and no refused channels.
   */
  private static final int FORMAT_ONE = 1;
  /** The last format whose record carried the customer's version after the id. */
  private static final int LAST_FORMAT_WITH_VERSION = 2;
  /** How long a consent stored in format 1, which had no expiry, stays valid after it was given. */
  public static final java.time.Duration LEGACY_CONSENT_VALIDITY = java.time.Duration.ofDays(365);
  private static final char TAG = 'C';
  private static final String RECORD = "customer";

  private CustomerCodec() {}

  /**
   * The customer as a record sealed under the cipher's current key: nothing of it readable without
   * the key, any change to the bytes refused on decoding. Like the plain record it holds no version.
   */
  public static byte[] encode(Customer c, RecordCipher cipher) {
    Require.notNull(cipher, "cipher");
    return cipher.seal(TAG, SEALED_FORMAT, "", encode(c));
  }

  /**
   * The customer the bytes hold at {@code version} (the storage row's), sealed
   * ({@link #SEALED_FORMAT}, opened with {@code cipher}) or plain (formats 1 to 3, written before
   * the host turned encryption on).
   *
   * @throws io.crmkit.core.validation.InvalidValueException if {@code version} is negative
   * @throws RecordFormatException if the bytes are not a customer record this version reads, a
   *     sealed record fails authentication or names a key the cipher does not hold, or the stored
   *     values break a rule of the model; the message never quotes a stored value
   */
  public static Customer decode(byte[] bytes, RecordCipher cipher, long version) {
    Require.notNull(cipher, "cipher");
    if (isSealed(bytes)) {
      return decode(cipher.open(bytes, TAG, SEALED_FORMAT, RECORD, ""), version);
    }
    return decode(bytes, version);
  }

  /** Whether {@code bytes} are a sealed customer record, which only {@link #decode(byte[], RecordCipher, long)} reads. */
  public static boolean isSealed(byte[] bytes) {
    return RecordCipher.isFormat(bytes, TAG, SEALED_FORMAT);
  }

  /**
   * The customer as the plain stored record: every field but the version, which the storage row
   * keeps; confidential values in clear.
   */
  public static byte[] encode(Customer c) {
    Require.notNull(c, "customer");
    RecordWriter w = new RecordWriter(TAG, FORMAT);
    w.writeString(c.id().value()).writeEnum(c.kind()).writeString(c.displayName());
    w.writeAll(c.contactPoints(), CustomerCodec::writeContactPoint);
    ContactPreferences p = c.contactPreferences();
    w.writeAll(p.preferredChannels(), RecordWriter::writeEnum);
    w.writeAll(p.quietHours(), (x, q) -> x.writeEnum(q.channel()).writeAll(q.days(), RecordWriter::writeEnum)
        .writeTime(q.from()).writeTime(q.to()));
    w.writeString(p.zone().getId());
    w.writeAll(p.refusedChannels(), RecordWriter::writeEnum);
    w.writeAll(c.accountManagers(), (x, a) -> x.writeString(a.manager().value()).writeInstant(a.from())
        .writeOptional(a.until(), RecordWriter::writeInstant));
    w.writeAll(c.contactPersons(), (x, cp) -> x.writeString(cp.name()).writeAll(cp.roles(), RecordWriter::writeEnum)
        .writeOptional(cp.jobTitle(), RecordWriter::writeString)
        .writeAll(cp.contactPoints(), CustomerCodec::writeContactPoint));
    w.writeAll(c.facts(), CustomerCodec::writeFact);
    w.writeAll(c.relatedParties(), (x, r) -> x.writeString(r.party().value()).writeEnum(r.relation()));
    w.writeAll(c.consents(), (x, k) -> x.writeString(k.grantee().value()).writeAll(k.categories(),
        RecordWriter::writeEnum).writeInstant(k.grantedAt()).writeOptional(k.withdrawnAt(), RecordWriter::writeInstant)
        .writeInstant(k.expiresAt()));
    w.writeAll(c.orders(), CustomerCodec::writeOrder);
    w.writeAll(c.quotations(), CustomerCodec::writeQuotation);
    w.writeAll(c.needs(), (x, n) -> x.writeString(n.description()).writeDate(n.recordedOn())
        .writeOptional(n.neededBy(), RecordWriter::writeDate).writeEnum(n.kind()));
    w.writeOptional(c.nextAction(), (x, a) -> x.writeString(a.description()).writeDate(a.dueOn()));
    w.writeOptional(c.potentialVolume(), RecordWriter::writeMoney);
    w.writeAll(c.aliases(), (x, id) -> x.writeString(id.value()));
    w.writeAll(c.merges(), (x, m) -> x.writeString(m.survivor().value()).writeString(m.absorbed().value())
        .writeInstant(m.mergedAt()).writeString(m.mergedBy().value()).writeAll(m.evidence(), RecordWriter::writeString)
        .writeInt(m.factsMoved()).writeInt(m.contactPointsMoved()).writeInt(m.ordersMoved()));
    w.writeOptional(c.noNeedJudgement(), (x, j) -> x.writeString(j.reason()).writeString(j.judgedBy().value())
        .writeDate(j.judgedOn()));
    return w.toByteArray();
  }

  /**
   * The customer a plain record holds (formats 1 to 3), at {@code version}: the version the storage
   * row holds beside it.
   *
   * @throws io.crmkit.core.validation.InvalidValueException if {@code version} is negative
   * @throws RecordFormatException if the bytes are not a customer record this version reads, or the
   *     stored values break a rule of the model; the message never quotes a stored value
   */
  public static Customer decode(byte[] bytes, long version) {
    Require.notNull(bytes, "bytes");
    Require.that(version >= 0, "version", "must not be negative", version);
    if (isSealed(bytes)) {
      throw new RecordFormatException(RECORD, "format", 1, "is the sealed format " + SEALED_FORMAT
          + ": decode it with the host's RecordCipher");
    }
    RecordReader r = new RecordReader(bytes, TAG, FORMAT, RECORD);
    try {
      return decodeFields(r, version);
    } catch (RecordFormatException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw RecordFormatException.breaksRule(RECORD, r.position(), e);
    }
  }

  private static Customer decodeFields(RecordReader r, long version) {
    ImmutableCustomer.Builder b = ImmutableCustomer.builder().id(CustomerId.of(r.readString("id")));
    if (r.format() <= LAST_FORMAT_WITH_VERSION) {
      r.readLong("version"); // the row's version is the one that counts
    }
    b.version(version).kind(r.readEnum(CustomerKind.class, "kind"))
        .displayName(r.readString("displayName"))
        .contactPoints(r.readAll("contactPoints", CustomerCodec::readContactPoint));
    ImmutableContactPreferences.Builder p = ImmutableContactPreferences.builder()
        .preferredChannels(r.readAll("preferredChannels", x -> x.readEnum(Channel.class, "preferredChannel")))
        .quietHours(r.readAll("quietHours", x -> QuietHours.of(x.readEnum(Channel.class, "quietHours.channel"),
            new LinkedHashSet<>(x.readAll("quietHours.days", y -> y.readEnum(DayOfWeek.class, "day"))),
            x.readTime("quietHours.from"), x.readTime("quietHours.to"))));
    int zoneAt = r.position();
    String zone = r.readString("zone");
    try {
      p.zone(ZoneId.of(zone));
    } catch (DateTimeException e) {
      throw new RecordFormatException(RECORD, "zone", zoneAt, "holds a " + zone.length()
          + "-character text that is not a time zone");
    }
    if (r.format() >= 2) {
      p.refusedChannels(r.readAll("refusedChannels", x -> x.readEnum(Channel.class, "refusedChannel")));
    }
    b.contactPreferences(p.build());
    b.accountManagers(r.readAll("accountManagers", x -> {
      AccountManagerAssignment a = AccountManagerAssignment.of(EmployeeId.of(x.readString("manager")),
          x.readInstant("from"));
      return ImmutableAccountManagerAssignment.copyOf(a).withUntil(x.readOptional("until", y -> y.readInstant("until")));
    }));
    b.contactPersons(r.readAll("contactPersons", x -> ImmutableContactPerson.builder().name(x.readString("name"))
        .roles(x.readAll("roles", y -> y.readEnum(ContactRole.class, "role")))
        .jobTitle(x.readOptional("jobTitle", y -> y.readString("jobTitle")))
        .contactPoints(x.readAll("contactPoints", CustomerCodec::readContactPoint)).build()));
    b.facts(r.readAll("facts", CustomerCodec::readFact));
    b.relatedParties(r.readAll("relatedParties", x -> RelatedParty.of(CustomerId.of(x.readString("party")),
        x.readEnum(Relation.class, "relation"))));
    b.consents(r.readAll("consents", x -> {
      ImmutableConsent.Builder k = ImmutableConsent.builder().grantee(CustomerId.of(x.readString("grantee")))
          .categories(x.readAll("categories", y -> y.readEnum(FactCategory.class, "category")));
      java.time.Instant grantedAt = x.readInstant("grantedAt");
      k.grantedAt(grantedAt).withdrawnAt(x.readOptional("withdrawnAt", y -> y.readInstant("withdrawnAt")));
      k.expiresAt(x.format() == FORMAT_ONE ? grantedAt.plus(LEGACY_CONSENT_VALIDITY)
          : x.readInstant("expiresAt"));
      return k.build();
    }));
    b.orders(r.readAll("orders", CustomerCodec::readOrder));
    b.quotations(r.readAll("quotations", CustomerCodec::readQuotation));
    boolean format1 = r.format() == FORMAT_ONE;
    b.needs(r.readAll("needs", x -> ImmutableNeed.builder().description(x.readString("description"))
        .recordedOn(x.readDate("recordedOn")).neededBy(x.readOptional("neededBy", y -> y.readDate("neededBy")))
        .kind(format1 ? NeedKind.BUSINESS : x.readEnum(NeedKind.class, "need.kind")).build()));
    b.nextAction(r.readOptional("nextAction", x -> PlannedAction.of(x.readString("description"), x.readDate("dueOn"))));
    b.potentialVolume(r.readOptional("potentialVolume", x -> x.readMoney("potentialVolume")));
    b.aliases(r.readAll("aliases", x -> CustomerId.of(x.readString("alias"))));
    b.merges(r.readAll("merges", x -> ImmutableMergeRecord.builder().survivor(CustomerId.of(x.readString("survivor")))
        .absorbed(CustomerId.of(x.readString("absorbed"))).mergedAt(x.readInstant("mergedAt"))
        .mergedBy(EmployeeId.of(x.readString("mergedBy"))).evidence(x.readAll("evidence", y -> y.readString("evidence")))
        .factsMoved(x.readInt("factsMoved")).contactPointsMoved(x.readInt("contactPointsMoved"))
        .ordersMoved(x.readInt("ordersMoved")).build()));
    if (r.format() > FORMAT_ONE) {
      b.noNeedJudgement(r.readOptional("noNeedJudgement", x -> NoNeedJudgement.of(x.readString("noNeedJudgement.reason"),
          EmployeeId.of(x.readString("noNeedJudgement.judgedBy")), x.readDate("noNeedJudgement.judgedOn"))));
    }
    r.end();
    return b.build();
  }

  private static void writeContactPoint(RecordWriter w, ContactPoint p) {
    w.writeEnum(p.kind()).writeString(p.value()).writeBoolean(p.verified())
        .writeOptional(p.label(), RecordWriter::writeString);
  }

  private static ContactPoint readContactPoint(RecordReader r) {
    return ImmutableContactPoint.builder().kind(r.readEnum(ContactPointKind.class, "contactPoint.kind"))
        .value(r.readString("contactPoint.value")).verified(r.readBoolean("contactPoint.verified"))
        .label(r.readOptional("contactPoint.label", x -> x.readString("contactPoint.label"))).build();
  }

  private static void writeFact(RecordWriter w, ProfileFact f) {
    w.writeString(f.key().value()).writeEnum(f.category()).writeEnum(f.sensitivity()).writeString(FactContent.of(f))
        .writeString(f.source()).writeInstant(f.recordedAt()).writeOptional(f.lastVerifiedAt(), RecordWriter::writeInstant)
        .writeBoolean(f.disputed()).writeOptional(f.disputeReason(), RecordWriter::writeString)
        .writeOptional(f.mergedFrom(), (x, id) -> x.writeString(id.value()))
        .writeLong(FactContent.revisionOf(f));
  }

  private static ProfileFact readFact(RecordReader r) {
    ProfileFact.Builder b = ProfileFact.builder().key(FactKey.of(r.readString("fact.key")))
        .category(r.readEnum(FactCategory.class, "fact.category"))
        .sensitivity(r.readEnum(Sensitivity.class, "fact.sensitivity")).content(r.readString("fact.content"))
        .source(r.readString("fact.source")).recordedAt(r.readInstant("fact.recordedAt"))
        .lastVerifiedAt(r.readOptional("fact.lastVerifiedAt", x -> x.readInstant("fact.lastVerifiedAt")))
        .disputed(r.readBoolean("fact.disputed"))
        .disputeReason(r.readOptional("fact.disputeReason", x -> x.readString("fact.disputeReason")))
        .mergedFrom(r.readOptional("fact.mergedFrom", x -> CustomerId.of(x.readString("fact.mergedFrom"))));
    if (r.format() == FORMAT_ONE) {
      // Format 1 stored no revision identity: one is derived from the stored fields, so every read
      // of the record yields the same revision. It is as unreadable as a fresh one.
      ProfileFact probe = b.build();
      return FactContent.restore(b, legacyRevision(probe));
    }
    return FactContent.restore(b, r.readLong("fact.revision"));
  }

  private static long legacyRevision(ProfileFact f) {
    return com.google.common.hash.Hashing.sha256().newHasher()
        .putString(f.key().value(), java.nio.charset.StandardCharsets.UTF_8).putInt(f.category().ordinal())
        .putInt(f.sensitivity().ordinal()).putString(FactContent.of(f), java.nio.charset.StandardCharsets.UTF_8)
        .putString(f.source(), java.nio.charset.StandardCharsets.UTF_8).putLong(f.recordedAt().getEpochSecond())
        .putInt(f.recordedAt().getNano()).putBoolean(f.disputed())
        .putLong(f.lastVerifiedAt().map(java.time.Instant::toEpochMilli).orElse(Long.MIN_VALUE))
        .hash().asLong();
  }

  private static void writeOrder(RecordWriter w, Order o) {
    w.writeString(o.orderId()).writeDate(o.orderDate()).writeOptional(o.shipDate(), RecordWriter::writeDate);
    writeProduct(w, o.product());
    w.writeMoney(o.unitPrice());
    w.writeInt(o.quantity()).writeOptional(o.notes(), RecordWriter::writeString);
  }

  private static Order readOrder(RecordReader r) {
    return ImmutableOrder.builder().orderId(r.readString("order.orderId")).orderDate(r.readDate("order.orderDate"))
        .shipDate(r.readOptional("order.shipDate", x -> x.readDate("order.shipDate")))
        .product(readProduct(r)).unitPrice(r.readMoney("order.unitPrice")).quantity(r.readInt("order.quantity"))
        .notes(r.readOptional("order.notes", x -> x.readString("order.notes"))).build();
  }

  private static void writeQuotation(RecordWriter w, Quotation q) {
    w.writeString(q.quoteId());
    writeProduct(w, q.product());
    w.writeDate(q.quotedOn()).writeDate(q.validUntil());
    w.writeMoney(q.price()).writeMoney(q.costBasis());
    w.writeOptional(q.exchangeRate(), (x, e) -> x.writeCurrency(e.base())
        .writeCurrency(e.counter()).writeDecimal(e.rate()));
    w.writeEnum(q.intent());
  }

  private static Quotation readQuotation(RecordReader r) {
    return ImmutableQuotation.builder().quoteId(r.readString("quotation.quoteId")).product(readProduct(r))
        .quotedOn(r.readDate("quotation.quotedOn")).validUntil(r.readDate("quotation.validUntil"))
        .price(r.readMoney("quotation.price")).costBasis(r.readMoney("quotation.costBasis"))
        .exchangeRate(r.readOptional("quotation.exchangeRate", x -> ExchangeRate.of(
            x.readCurrency("exchangeRate.base"), x.readCurrency("exchangeRate.counter"), x.readDecimal("exchangeRate.rate"))))
        .intent(r.readEnum(QuoteIntent.class, "quotation.intent")).build();
  }

  private static void writeProduct(RecordWriter w, Product p) {
    w.writeString(p.name()).writeString(p.model());
  }

  private static Product readProduct(RecordReader r) {
    return Product.of(r.readString("product.name"), r.readString("product.model"));
  }
}
