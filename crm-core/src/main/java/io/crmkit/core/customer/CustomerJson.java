package io.crmkit.core.customer;

import io.crmkit.core.codec.JsonFields;
import io.crmkit.core.codec.JsonObjectWriter;
import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.customer.confidentiality.ImmutableConsent;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.contact.ContactRole;
import io.crmkit.core.customer.contact.ImmutableContactPerson;
import io.crmkit.core.customer.contact.ImmutableContactPoint;
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
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashSet;

/**
 * The JSON form of a customer, for a host's {@code jsonb} or document column: every field that
 * {@link CustomerCodec} stores, under its model name, in the forms of
 * {@link io.crmkit.core.codec.JsonObjectWriter} (ISO-8601 times, exact decimal text, enum names).
 * {@code "format"} says which form follows. The plain form ({@link #FORMAT}, {@link #encode(Customer)})
 * holds confidential fact values in clear: keep it only where the host encrypts at rest, and never log
 * it. The sealed form ({@link #SEALED_FORMAT}, {@link #encode(Customer, RecordCipher)}) is
 * {@code {"format":2,"keyId":"...","sealed":"<base64>"}}: the plain JSON text encrypted and
 * authenticated under the host's key (AES-256-GCM, see {@link RecordCipher}), so a document column
 * holds no field of the customer in clear; a host that needs to query a column keeps it beside the
 * document, knowingly in clear.
 *
 * <p>Decoding goes through the model's builders, so a decoded customer passes every rule a new one
 * does; malformed JSON raises a {@link RecordFormatException} naming the field's path.
 * Stateless and thread-safe.
 */
public final class CustomerJson {
  /** The plain form {@link #encode(Customer)} writes and {@link #decode} reads. */
  public static final int FORMAT = 1;
  /** The sealed form {@link #encode(Customer, RecordCipher)} writes. */
  public static final int SEALED_FORMAT = 2;
  /** The type tag inside the sealed text: a customer's JSON. */
  private static final char SEALED_TAG = 'J';
  private static final String RECORD = "customer";

  private CustomerJson() {}

  /**
   * The customer as sealed JSON under the cipher's current key: the key id and the ciphertext only,
   * any change refused on decoding.
   */
  public static String encode(Customer c, RecordCipher cipher) {
    Require.notNull(cipher, "cipher");
    byte[] sealed = cipher.seal(SEALED_TAG, SEALED_FORMAT, "", encode(c).getBytes(StandardCharsets.UTF_8));
    return new JsonObjectWriter().put("format", SEALED_FORMAT).put("keyId", cipher.currentKeyId())
        .put("sealed", Base64.getEncoder().encodeToString(sealed)).toJson();
  }

  /**
   * The customer the JSON holds, sealed (opened with {@code cipher}) or plain (written before the
   * host turned encryption on).
   *
   * @throws RecordFormatException if the text is not a customer in a form this version reads, or
   *     sealed text fails authentication or names a key the cipher does not hold; never quoting a value
   * @throws InvalidValueException if the stored values break a rule of the model
   */
  public static Customer decode(String json, RecordCipher cipher) {
    Require.notNull(cipher, "cipher");
    JsonFields r = JsonFields.parse(json, RECORD);
    if (r.intValue("format") != SEALED_FORMAT) {
      return decode(json);
    }
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(r.string("sealed"));
    } catch (IllegalArgumentException e) {
      throw new RecordFormatException(RECORD, "sealed", "is not base64 text");
    }
    String plain = new String(cipher.open(sealed, SEALED_TAG, SEALED_FORMAT, RECORD, ""), StandardCharsets.UTF_8);
    if (JsonFields.parse(plain, RECORD).intValue("format") != FORMAT) {
      throw new RecordFormatException(RECORD, "sealed.format", "must be the plain form " + FORMAT);
    }
    return decode(plain);
  }

  /** The customer as plain JSON text, version included: confidential values in clear. */
  public static String encode(Customer c) {
    Require.notNull(c, "customer");
    ContactPreferences p = c.contactPreferences();
    return new JsonObjectWriter().put("format", FORMAT).put("id", c.id().value()).put("version", c.version())
        .put("kind", c.kind()).put("displayName", c.displayName())
        .putAll("contactPoints", c.contactPoints(), CustomerJson::contactPoint)
        .put("contactPreferences", new JsonObjectWriter().putEnums("preferredChannels", p.preferredChannels())
            .putEnums("refusedChannels", p.refusedChannels())
            .putAll("quietHours", p.quietHours(), q -> new JsonObjectWriter().put("channel", q.channel())
                .putEnums("days", q.days()).put("from", q.from()).put("to", q.to()))
            .put("zone", p.zone().getId()))
        .putAll("accountManagers", c.accountManagers(), a -> new JsonObjectWriter()
            .put("manager", a.manager().value()).put("from", a.from()).putOptional("until", a.until(), u -> u))
        .putAll("contactPersons", c.contactPersons(), cp -> new JsonObjectWriter().put("name", cp.name())
            .putEnums("roles", cp.roles()).putOptional("jobTitle", cp.jobTitle(), t -> t)
            .putAll("contactPoints", cp.contactPoints(), CustomerJson::contactPoint))
        .putAll("facts", c.facts(), CustomerJson::fact)
        .putAll("relatedParties", c.relatedParties(), r -> new JsonObjectWriter().put("party", r.party().value())
            .put("relation", r.relation()))
        .putAll("consents", c.consents(), k -> new JsonObjectWriter().put("grantee", k.grantee().value())
            .putEnums("categories", k.categories()).put("grantedAt", k.grantedAt())
            .putOptional("withdrawnAt", k.withdrawnAt(), w -> w).put("expiresAt", k.expiresAt()))
        .putAll("orders", c.orders(), CustomerJson::order)
        .putAll("quotations", c.quotations(), CustomerJson::quotation)
        .putAll("needs", c.needs(), n -> new JsonObjectWriter().put("description", n.description())
            .put("recordedOn", n.recordedOn()).putOptional("neededBy", n.neededBy(), d -> d).put("kind", n.kind()))
        .putOptional("noNeedJudgement", c.noNeedJudgement(), j -> new JsonObjectWriter().put("reason", j.reason())
            .put("judgedBy", j.judgedBy().value()).put("judgedOn", j.judgedOn()))
        .putOptional("nextAction", c.nextAction(), a -> new JsonObjectWriter().put("description", a.description())
            .put("dueOn", a.dueOn()))
        .putOptional("potentialVolume", c.potentialVolume(), v -> new JsonObjectWriter()
            .put("amount", v.amount()).put("currency", v.currency()))
        .putAll("aliases", c.aliases(), CustomerId::value)
        .putAll("merges", c.merges(), m -> new JsonObjectWriter().put("survivor", m.survivor().value())
            .put("absorbed", m.absorbed().value()).put("mergedAt", m.mergedAt()).put("mergedBy", m.mergedBy().value())
            .putAll("evidence", m.evidence(), e -> e).put("factsMoved", m.factsMoved())
            .put("contactPointsMoved", m.contactPointsMoved()).put("ordersMoved", m.ordersMoved()))
        .toJson();
  }

  /**
   * The searchable projection of a customer, for an indexed {@code jsonb} column a host queries in
   * clear: ids, kind, the current account manager's id, channels, structural risks, counts, the
   * categories of the current facts and the dates that place the customer (first and last order,
   * next action due, earliest need, no-need judgement). Never a name, contact value, fact key or
   * value, need or action text, consent, related party or amount: nothing personal or confidential,
   * so it may sit unencrypted beside a record the host encrypts. Derived from the customer (not read
   * back): a later version may add fields, and a store then writes the projection anew.
   *
   * <p>Example: {@code {"id":"c-1","kind":"PERSON","preferredChannels":["EMAIL"],
   * "risks":["NO_ACCOUNT_MANAGER"],"counts":{"orders":2,...},"lastOrderOn":"2026-03-01"}}.
   */
  public static String searchable(Customer c) {
    Require.notNull(c, "customer");
    ContactPreferences p = c.contactPreferences();
    JsonObjectWriter counts = new JsonObjectWriter().put("contactPoints", c.contactPoints().size())
        .put("verifiedContactPoints", c.verifiedContactPoints().size()).put("contactPersons", c.contactPersons().size())
        .put("facts", c.currentFacts().size()).put("orders", c.orders().size()).put("quotations", c.quotations().size())
        .put("needs", c.needs().size()).put("consents", c.consents().size())
        .put("relatedParties", c.relatedParties().size()).put("merges", c.merges().size());
    java.util.Set<FactCategory> categories = java.util.EnumSet.noneOf(FactCategory.class);
    c.currentFacts().values().forEach(f -> categories.add(f.category()));
    return new JsonObjectWriter().put("id", c.id().value()).put("kind", c.kind())
        .putAll("aliases", c.aliases(), CustomerId::value)
        .putOptional("accountManager", c.currentAccountManager(), EmployeeId::value)
        .putEnums("preferredChannels", p.preferredChannels()).putEnums("refusedChannels", p.refusedChannels())
        .putEnums("risks", c.relationshipRisks()).putEnums("factCategories", categories)
        .put("counts", counts)
        .putOptional("firstOrderOn", c.orders().stream().map(Order::orderDate).min(java.util.Comparator.naturalOrder()),
            d -> d)
        .putOptional("lastOrderOn", c.orders().stream().map(Order::orderDate).max(java.util.Comparator.naturalOrder()),
            d -> d)
        .putOptional("nextActionDueOn", c.nextAction().map(PlannedAction::dueOn), d -> d)
        .putOptional("earliestNeededBy", c.needs().stream().flatMap(n -> n.neededBy().stream())
            .min(java.util.Comparator.naturalOrder()), d -> d)
        .putOptional("noNeedJudgedOn", c.noNeedJudgement().map(NoNeedJudgement::judgedOn), d -> d)
        .toJson();
  }

  /**
   * The customer plain JSON holds.
   *
   * @throws RecordFormatException if the text is not a customer in a form this version reads
   * @throws InvalidValueException if the stored values break a rule of the model
   */
  public static Customer decode(String json) {
    JsonFields r = JsonFields.parse(json, RECORD);
    int format = r.intValue("format");
    if (format == SEALED_FORMAT) {
      throw new RecordFormatException(RECORD, "format", "is the sealed form " + SEALED_FORMAT
          + ": decode it with the host's RecordCipher");
    }
    if (format != FORMAT) {
      throw new RecordFormatException(RECORD, "format", "is " + format + ", this version reads " + FORMAT
          + " (and the sealed form " + SEALED_FORMAT + ")");
    }
    JsonFields prefs = r.object("contactPreferences");
    String zone = prefs.string("zone");
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new RecordFormatException(RECORD, "contactPreferences.zone", "is not a time zone");
    }
    return ImmutableCustomer.builder().id(CustomerId.of(r.string("id"))).version(r.longValue("version"))
        .kind(r.enumValue(CustomerKind.class, "kind")).displayName(r.string("displayName"))
        .contactPoints(r.objects("contactPoints", CustomerJson::readContactPoint))
        .contactPreferences(ContactPreferences.builder()
            .preferredChannels(prefs.enums(Channel.class, "preferredChannels"))
            .refusedChannels(prefs.enums(Channel.class, "refusedChannels"))
            .quietHours(prefs.objects("quietHours", q -> QuietHours.of(q.enumValue(Channel.class, "channel"),
                new LinkedHashSet<>(q.enums(DayOfWeek.class, "days")), q.time("from"), q.time("to"))))
            .zone(zoneId).build())
        .accountManagers(r.objects("accountManagers", a -> ImmutableAccountManagerAssignment.copyOf(
                AccountManagerAssignment.of(EmployeeId.of(a.string("manager")), a.instant("from")))
            .withUntil(a.optional("until", JsonFields::instant))))
        .contactPersons(r.objects("contactPersons", cp -> ImmutableContactPerson.builder().name(cp.string("name"))
            .roles(cp.enums(ContactRole.class, "roles")).jobTitle(cp.optional("jobTitle", JsonFields::string))
            .contactPoints(cp.objects("contactPoints", CustomerJson::readContactPoint)).build()))
        .facts(r.objects("facts", CustomerJson::readFact))
        .relatedParties(r.objects("relatedParties", x -> RelatedParty.of(CustomerId.of(x.string("party")),
            x.enumValue(Relation.class, "relation"))))
        .consents(r.objects("consents", k -> ImmutableConsent.builder().grantee(CustomerId.of(k.string("grantee")))
            .categories(k.enums(FactCategory.class, "categories")).grantedAt(k.instant("grantedAt"))
            .withdrawnAt(k.optional("withdrawnAt", JsonFields::instant)).expiresAt(k.instant("expiresAt")).build()))
        .orders(r.objects("orders", CustomerJson::readOrder))
        .quotations(r.objects("quotations", CustomerJson::readQuotation))
        .needs(r.objects("needs", n -> ImmutableNeed.builder().description(n.string("description"))
            .recordedOn(n.date("recordedOn")).neededBy(n.optional("neededBy", JsonFields::date))
            .kind(n.enumValue(NeedKind.class, "kind")).build()))
        .noNeedJudgement(r.optional("noNeedJudgement", (x, name) -> {
          JsonFields j = x.object(name);
          return NoNeedJudgement.of(j.string("reason"), EmployeeId.of(j.string("judgedBy")), j.date("judgedOn"));
        }))
        .nextAction(r.optional("nextAction", (x, name) -> {
          JsonFields a = x.object(name);
          return PlannedAction.of(a.string("description"), a.date("dueOn"));
        }))
        .potentialVolume(r.optional("potentialVolume", JsonFields::money))
        .aliases(r.strings("aliases").stream().map(CustomerId::of).toList())
        .merges(r.objects("merges", m -> ImmutableMergeRecord.builder().survivor(CustomerId.of(m.string("survivor")))
            .absorbed(CustomerId.of(m.string("absorbed"))).mergedAt(m.instant("mergedAt"))
            .mergedBy(EmployeeId.of(m.string("mergedBy"))).evidence(m.strings("evidence"))
            .factsMoved(m.intValue("factsMoved")).contactPointsMoved(m.intValue("contactPointsMoved"))
            .ordersMoved(m.intValue("ordersMoved")).build()))
        .build();
  }

  private static JsonObjectWriter contactPoint(ContactPoint p) {
    return new JsonObjectWriter().put("kind", p.kind()).put("value", p.value()).put("verified", p.verified())
        .putOptional("label", p.label(), l -> l);
  }

  private static ContactPoint readContactPoint(JsonFields p) {
    return ImmutableContactPoint.builder().kind(p.enumValue(ContactPointKind.class, "kind")).value(p.string("value"))
        .verified(p.bool("verified")).label(p.optional("label", JsonFields::string)).build();
  }

  private static JsonObjectWriter fact(ProfileFact f) {
    return new JsonObjectWriter().put("key", f.key().value()).put("category", f.category())
        .put("sensitivity", f.sensitivity()).put("content", FactContent.of(f)).put("source", f.source())
        .put("recordedAt", f.recordedAt()).putOptional("lastVerifiedAt", f.lastVerifiedAt(), t -> t)
        .put("disputed", f.disputed()).putOptional("disputeReason", f.disputeReason(), d -> d)
        .putOptional("mergedFrom", f.mergedFrom(), CustomerId::value).put("revision", FactContent.revisionOf(f));
  }

  private static ProfileFact readFact(JsonFields f) {
    ProfileFact.Builder b = ProfileFact.builder().key(FactKey.of(f.string("key")))
        .category(f.enumValue(FactCategory.class, "category"))
        .sensitivity(f.enumValue(Sensitivity.class, "sensitivity")).content(f.string("content"))
        .source(f.string("source")).recordedAt(f.instant("recordedAt"))
        .lastVerifiedAt(f.optional("lastVerifiedAt", JsonFields::instant)).disputed(f.bool("disputed"))
        .disputeReason(f.optional("disputeReason", JsonFields::string))
        .mergedFrom(f.optional("mergedFrom", JsonFields::string).map(CustomerId::of));
    return FactContent.restore(b, f.longValue("revision"));
  }

  private static JsonObjectWriter order(Order o) {
    return new JsonObjectWriter().put("orderId", o.orderId()).put("orderDate", o.orderDate())
        .putOptional("shipDate", o.shipDate(), d -> d).put("product", product(o.product()))
        .put("unitPrice", o.unitPrice()).put("quantity", o.quantity()).putOptional("notes", o.notes(), n -> n);
  }

  private static Order readOrder(JsonFields o) {
    return ImmutableOrder.builder().orderId(o.string("orderId")).orderDate(o.date("orderDate"))
        .shipDate(o.optional("shipDate", JsonFields::date)).product(readProduct(o.object("product")))
        .unitPrice(o.money("unitPrice")).quantity(o.intValue("quantity"))
        .notes(o.optional("notes", JsonFields::string)).build();
  }

  private static JsonObjectWriter quotation(Quotation q) {
    return new JsonObjectWriter().put("quoteId", q.quoteId()).put("product", product(q.product()))
        .put("quotedOn", q.quotedOn()).put("validUntil", q.validUntil()).put("price", q.price())
        .put("costBasis", q.costBasis())
        .putOptional("exchangeRate", q.exchangeRate(), e -> new JsonObjectWriter().put("base", e.base())
            .put("counter", e.counter()).put("rate", e.rate()))
        .put("intent", q.intent());
  }

  private static Quotation readQuotation(JsonFields q) {
    return ImmutableQuotation.builder().quoteId(q.string("quoteId")).product(readProduct(q.object("product")))
        .quotedOn(q.date("quotedOn")).validUntil(q.date("validUntil")).price(q.money("price"))
        .costBasis(q.money("costBasis"))
        .exchangeRate(q.optional("exchangeRate", (x, name) -> {
          JsonFields e = x.object(name);
          return ExchangeRate.of(e.currency("base"), e.currency("counter"), e.decimal("rate"));
        }))
        .intent(q.enumValue(QuoteIntent.class, "intent")).build();
  }

  private static JsonObjectWriter product(Product p) {
    return new JsonObjectWriter().put("name", p.name()).put("model", p.model());
  }

  private static Product readProduct(JsonFields p) {
    return Product.of(p.string("name"), p.string("model"));
  }
}
