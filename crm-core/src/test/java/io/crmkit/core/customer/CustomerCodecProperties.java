package io.crmkit.core.customer;

import io.crmkit.core.PropertySize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.customer.confidentiality.DisclosureRequest;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.ContactRole;
import io.crmkit.core.customer.contact.ImmutableContactPerson;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.customer.internal.FactContent;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.core.customer.sales.ExchangeRate;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.customer.sales.QuoteIntent;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The storage codec keeps everything: what a store writes, it reads back equal, confidential
 * values included, and damaged bytes are refused with a clear error instead of a half-read customer.
 */
public class CustomerCodecProperties {
  private static final Clock CLOCK = Clock.fixed(CustomerGen.NOW, ZoneOffset.UTC);


  /** Customers with every field set, a confidential fact and a consent included. */
  public static Gen<Customer> fullCustomers() {
    return CustomerGen.customers().zip(integers().between(0, 9), (c, n) -> n < 3 ? c : enrich(c, n));
  }

  private static Customer enrich(Customer c, int n) {
    Currency eur = Currency.getInstance("EUR");
    return Customer.builder().from(c).kind(CustomerKind.ORGANIZATION)
        .contactPreferences(ContactPreferences.builder().addPreferredChannels(Channel.EMAIL, Channel.PHONE_CALL)
            .addQuietHour(QuietHours.of(Channel.PHONE_CALL, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                LocalTime.of(0, 0), LocalTime.of(23, 59, 59, 999_999_999)))
            .zone(ZoneId.of("Asia/Shanghai")).build())
        .addContactPerson(ImmutableContactPerson.builder().name("Ms Chen").addRoles(ContactRole.FINANCE)
            .jobTitle("CFO").addContactPoints(ContactPoint.verified(ContactPointKind.EMAIL, "chen@acme.example")).build())
        .addRelatedParty(RelatedParty.of(CustomerId.of("c-rel-" + n), Relation.GUARANTOR))
        .addConsent(Consent.of(CustomerId.of("c-rel-" + n), EnumSet.of(FactCategory.FINANCIAL),
            CustomerGen.NOW.minusSeconds(60), CustomerGen.NOW.plusSeconds(86_400 * 365L)).withdrawn(CustomerGen.NOW))
        .addNeed(Need.by("a bigger plan", LocalDate.of(2026, 1, n + 1), LocalDate.of(2026, 6, 1)))
        .addNeed(Need.personal("plays golf on Saturdays", LocalDate.of(2026, 1, n + 1)))
        .nextAction(PlannedAction.of("call back", LocalDate.of(2026, 3, 9)))
        .noNeedJudgement(NoNeedJudgement.of("closed the branch the plan was for", EmployeeId.of("em-anna"),
            LocalDate.of(2025, 12, n + 1)))
        .potentialVolume(Money.of(BigDecimal.valueOf(1_234_567L * n, 2), eur))
        .addAliases(CustomerId.of("c-old-" + n))
        .addMerges(MergeRecord.builder().survivor(c.id()).absorbed(CustomerId.of("c-old-" + n))
            .mergedAt(CustomerGen.NOW).mergedBy(EmployeeId.of("em-anna")).addEvidence("same email", "same phone")
            .factsMoved(n).contactPointsMoved(1).ordersMoved(0).build())
        .addQuotations(Quotation.builder().quoteId("q-" + n).product(Product.of("Forklift", "FL-2"))
            .quotedOn(LocalDate.of(2026, 2, 10)).validUntil(LocalDate.of(2026, 3, 10))
            .price(Money.of("31000.00", "EUR")).costBasis(Money.of("24500.50", "EUR"))
            .exchangeRate(ExchangeRate.of(eur, Currency.getInstance("JPY"), new BigDecimal("161.0425")))
            .intent(QuoteIntent.NEGOTIATION).build())
        .version(n * 1_000_000_007L)
        .build()
        .assignAccountManager(EmployeeId.of("em-anna"), CustomerGen.NOW.minusSeconds(86_400 * 40L))
        .assignAccountManager(EmployeeId.of("em-ben"), CustomerGen.NOW.minusSeconds(86_400 * 4L))
        .recordFact(ProfileFact.builder().key(FactKey.of("assets-" + n)).category(FactCategory.FINANCIAL)
            .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR " + n + "00,000").source("statement")
            .recordedAt(CustomerGen.NOW.minusSeconds(3_600)).build())
        .disputeFact(FactKey.of("assets-" + n), "customer says the statement is old");
  }

  @Test
  void everyCustomerReadsBackEqualAfterEncoding() {
    qt().withExamples(PropertySize.examples(300)).forAll(fullCustomers())
        .check(c -> CustomerCodec.decode(CustomerCodec.encode(c), c.version()).equals(c));
  }

  @Test
  void confidentialValuesSurviveStorageAndAreStillOnlyDisclosedForAPurpose() {
    qt().withExamples(PropertySize.examples(200)).forAll(CustomerGen.customers()).checkAssert(c -> {
      Customer back = CustomerCodec.decode(CustomerCodec.encode(c), c.version());
      for (ProfileFact f : c.currentFacts().values()) {
        ProfileFact read = back.fact(f.key()).orElseThrow();
        assertThat(read.value()).isEqualTo(f.value());
        assertThat(io.crmkit.core.customer.confidentiality.Disclosures.of((x, y, z) ->
            io.crmkit.core.customer.confidentiality.DisclosureDecision.grant("test"), e -> { }, CLOCK)
            .disclose(back, f.key(), DisclosureRequest.forStaff(EmployeeId.of("em-anna"),
                io.crmkit.core.customer.confidentiality.DisclosurePurpose.LEGAL_OBLIGATION)).value())
            .isEqualTo(FactContent.of(f));
      }
    });
  }

  @Test
  void everyCutShortRecordIsRefusedAsAFormatError() {
    qt().withExamples(PropertySize.examples(100)).forAll(fullCustomers(), integers().between(0, 10_000)).checkAssert((c, cut) -> {
      byte[] bytes = CustomerCodec.encode(c);
      byte[] prefix = Arrays.copyOf(bytes, cut % bytes.length);
      assertThatThrownBy(() -> CustomerCodec.decode(prefix, c.version())).isInstanceOf(RecordFormatException.class)
          .hasMessageStartingWith("customer record: ");
    });
  }

  @Test
  void trailingBytesAnotherRecordTypeAndANewerFormatAreRefusedByName() {
    byte[] bytes = CustomerCodec.encode(Customer.person(CustomerId.of("c-1"), "Li Wei"));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
    assertThatThrownBy(() -> CustomerCodec.decode(longer, 1)).isInstanceOf(RecordFormatException.class)
        .hasMessage("customer record: end at byte " + bytes.length + " has 3 bytes left over");
    byte[] event = bytes.clone();
    event[0] = 'E';
    assertThatThrownBy(() -> CustomerCodec.decode(event, 1)).hasMessage("customer record: type tag at byte 0 is not a customer record");
    byte[] newer = bytes.clone();
    newer[4] = 5; // format 4 is the sealed format, read with the host's cipher
    assertThatThrownBy(() -> CustomerCodec.decode(newer, 1))
        .hasMessage("customer record: format at byte 1 is format 5, this version reads formats 1..3");
    byte[] sealedTag = bytes.clone();
    sealedTag[4] = 4;
    assertThatThrownBy(() -> CustomerCodec.decode(sealedTag, 1)).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("sealed format 4");
  }

  @Test
  void theRecordHoldsNoVersionTheRowsVersionIsTheCustomers() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Li Wei").withVersion(7);
    byte[] bytes = CustomerCodec.encode(c);
    assertThat(bytes).isEqualTo(CustomerCodec.encode(c.withVersion(1)));
    assertThat(CustomerCodec.decode(bytes, 7)).isEqualTo(c);
    assertThat(CustomerCodec.decode(bytes, 8)).isEqualTo(c.nextVersion());
    assertThatThrownBy(() -> CustomerCodec.decode(bytes, -1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("version");
  }

  @Test
  void aFormatTwoRecordStillDecodesItsStoredVersionGivingWayToTheRows() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Li Wei").withVersion(4);
    byte[] v2 = formatTwo(CustomerCodec.encode(c), 3);
    assertThat(CustomerCodec.decode(v2, 4)).isEqualTo(c);
  }

  @Test
  void aFormatOneRecordStillDecodes() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Li Wei");
    byte[] bytes = formatTwo(CustomerCodec.encode(c), 1);
    // tag 1, format 4, id 4+3, version 8, kind 4+6, name 4+6, three empty lists 3*4, zone 4+3:
    // the refused channels' count follows at byte 59 in format 2 and is absent in format 1, as is
    // the absent no-need judgement's flag at the end.
    byte[] v1 = new byte[bytes.length - 5];
    System.arraycopy(bytes, 0, v1, 0, 59);
    System.arraycopy(bytes, 63, v1, 59, bytes.length - 64);
    v1[4] = 1;
    assertThat(CustomerCodec.decode(v1, 0)).isEqualTo(c);
  }

  /** A format 3 record as format 2 wrote it: the version after the id ({@code c-1}, so at byte 12). */
  /** A format 2 record of the customer a format 3 record holds: the version after the id, as format 2 wrote it. */
  static byte[] formatTwo(byte[] format3, long version) {
    byte[] v2 = new byte[format3.length + 8];
    System.arraycopy(format3, 0, v2, 0, 12);
    java.nio.ByteBuffer.wrap(v2, 12, 8).putLong(version);
    System.arraycopy(format3, 12, v2, 20, format3.length - 12);
    v2[4] = 2;
    return v2;
  }

  @Test
  void anUnknownEnumNameIsRefusedNamingTheFieldAndAValueThatBreaksAModelRuleByTheModel() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Li Wei");
    byte[] bytes = CustomerCodec.encode(c);
    String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("PERSON", "PERSOX");
    assertThatThrownBy(() -> CustomerCodec.decode(text.getBytes(StandardCharsets.ISO_8859_1), 1))
        .isInstanceOf(RecordFormatException.class)
        .hasMessage("customer record: kind at byte 12 holds a 6-character name that is not a CustomerKind");

    // A display name the model refuses (blank): tag (1) + format (4) + id "c-1" (4 + 3) + kind (4 + 6).
    byte[] blank = text.replace("PERSOX", "PERSON").replace("Li Wei", "      ").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CustomerCodec.decode(blank, 1)).isInstanceOf(RecordFormatException.class)
        .hasMessageStartingWith("customer record: ").hasMessageContaining("breaks the rule");
  }
}
