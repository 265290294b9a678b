package io.crmkit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintEvent;
import io.crmkit.core.complaint.ComplaintEventCodec;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.DifficultCustomerType;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerCodecProperties;
import io.crmkit.core.customer.CustomerGen;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPerson;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.identify.CustomerMerger;
import io.crmkit.core.identify.DuplicateDetector;
import io.crmkit.core.identify.DuplicateReport;
import io.crmkit.core.identify.IdentityNormalizer;
import io.crmkit.core.identify.MatchKind;
import io.crmkit.core.personality.BehaviourCue;
import io.crmkit.core.personality.StyleClassifier;
import io.crmkit.core.personality.StyleProfile;
import io.crmkit.core.personality.StyleProfileCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The leak scan: generated aggregates and every single-byte change of their stored records are
 * driven through every text crmkit builds (toString, exception messages and their causes, explain
 * and describe texts), and each text is searched for every personal value the input held.
 */
class LeakScanTest {
  private static final Clock CLOCK = Clock.fixed(CustomerGen.NOW, ZoneOffset.UTC);
  /** Byte changes tried at every offset: flip the low bit, the high bit, zero, all ones, plus one. */
  private static final List<Function<Byte, Byte>> MUTATIONS = List.of(b -> (byte) (b ^ 0x01),
      b -> (byte) (b ^ 0x80), b -> (byte) 0, b -> (byte) 0xFF, b -> (byte) (b + 1));

  /** Every personal or confidential text of {@code c}, trimmed, of at least 3 characters. */
  static Set<String> personalValues(Customer c) {
    List<String> values = new ArrayList<>();
    values.add(c.displayName());
    c.contactPoints().stream().map(ContactPoint::value).forEach(values::add);
    for (ContactPerson p : c.contactPersons()) {
      values.add(p.name());
      p.jobTitle().ifPresent(values::add);
      p.contactPoints().stream().map(ContactPoint::value).forEach(values::add);
    }
    for (ProfileFact f : c.facts()) {
      if (f.sensitivity() != Sensitivity.INTERNAL) {
        values.add(io.crmkit.core.customer.internal.FactContent.of(f));
      }
      f.disputeReason().ifPresent(values::add);
    }
    c.needs().stream().map(Need::description).forEach(values::add);
    c.nextAction().ifPresent(a -> values.add(a.description()));
    c.orders().stream().flatMap(o -> o.notes().stream()).forEach(values::add);
    // A text that is also the content of an INTERNAL fact is not secret: internal facts print.
    Set<String> internal = c.facts().stream().filter(f -> f.sensitivity() == Sensitivity.INTERNAL)
        .map(io.crmkit.core.customer.internal.FactContent::of).map(String::strip).collect(Collectors.toSet());
    return values.stream().map(String::strip).filter(v -> v.length() >= 3).filter(v -> !internal.contains(v))
        .collect(Collectors.toSet());
  }

  static void assertHoldsNone(String text, Set<String> values, String where) {
    for (String v : values) {
      assertThat(text).as(where + " must not hold a personal value").doesNotContain(v);
    }
  }

  static String messages(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (Throwable x = t; x != null; x = x.getCause()) {
      all.append(x).append('\n');
      for (Throwable s : x.getSuppressed()) {
        all.append(s).append('\n');
      }
    }
    return all.toString();
  }

  static <T> void scanMutations(byte[] bytes, Set<String> values, Function<byte[], T> decode, String record) {
    for (int i = 0; i < bytes.length; i++) {
      for (Function<Byte, Byte> mutation : MUTATIONS) {
        byte[] damaged = bytes.clone();
        damaged[i] = mutation.apply(bytes[i]);
        try {
          T back = decode.apply(damaged);
          assertHoldsNone(String.valueOf(back), values, record + " decoded from a changed byte " + i);
        } catch (RuntimeException e) {
          assertHoldsNone(messages(e), values, record + " error at changed byte " + i);
        }
      }
    }
  }

  @Test
  void generatedCustomersLeakNothingThroughToStringFactsOrTheirRecords() {
    qt().withExamples(12).forAll(CustomerCodecProperties.fullCustomers().mix(CustomerGen.customers()))
        .checkAssert(c -> {
          Set<String> values = personalValues(c);
          assertHoldsNone(c.toString(), values, "Customer.toString");
          assertHoldsNone(c.facts().toString() + c.currentFacts() + c.disputedFacts(), values, "facts");
          assertHoldsNone(c.contactPoints().toString() + c.contactPersons() + c.needs() + c.nextAction()
              + c.orders(), values, "parts of the customer");
          c.merges().forEach(m -> assertHoldsNone(m.explain() + m, values, "MergeRecord"));
          io.crmkit.core.customer.RedactedCustomer view = io.crmkit.core.customer.RedactedCustomer.of(c);
          assertHoldsNone(view.describe() + view, values, "the redacted view");
          scanMutations(CustomerCodec.encode(c), values, bytes -> CustomerCodec.decode(bytes, c.version()),
              "customer record");
          scanMutations(CustomerCodec.encode(c, EncryptionAtRestAttackTest.CIPHER), values,
              b -> CustomerCodec.decode(b, EncryptionAtRestAttackTest.CIPHER, c.version()), "sealed customer record");
        });
  }

  @Test
  void sealedCustomerJsonLeaksNothingWhenChanged() {
    qt().withExamples(2).forAll(CustomerCodecProperties.fullCustomers()).checkAssert(c -> {
      io.crmkit.core.codec.RecordCipher cipher = EncryptionAtRestAttackTest.CIPHER;
      byte[] json = io.crmkit.core.customer.CustomerJson.encode(c, cipher).getBytes(StandardCharsets.UTF_8);
      scanMutations(json, personalValues(c), b -> io.crmkit.core.customer.CustomerJson.decode(
          new String(b, StandardCharsets.UTF_8), cipher), "sealed customer JSON");
    });
  }

  @Test
  void duplicateReportsAndMergesLeakNoContactPointOrName() {
    qt().withExamples(30).forAll(CustomerGen.reachableCustomers(), CustomerGen.ids()).assuming((c, id) -> !c.id().equals(id))
        .checkAssert((c, otherId) -> {
          Customer twin = Customer.builder().from(c).id(otherId).build();
          Set<String> values = personalValues(c);
          IdentityNormalizer normalizer = IdentityNormalizer.forCountryCode("86");
          DuplicateReport report = DuplicateDetector.using(normalizer).detect(List.of(c, twin));
          report.candidates().forEach(k -> values.addAll(k.evidence().stream().map(e -> e.sharedValue())
              .filter(v -> v.length() >= 3).collect(Collectors.toList())));
          assertHoldsNone(report.toString() + report.candidates().stream()
              .map(k -> String.join(",", k.evidenceDescriptions())).collect(Collectors.joining()), values, "duplicates");
          Customer merged = CustomerMerger.using(normalizer).merge(c, twin, Set.of(MatchKind.VERIFIED_IDENTITY),
              EmployeeId.of("em-1"), CLOCK);
          assertHoldsNone(merged.toString() + merged.merges().get(0).explain() + merged.merges(), values, "merge");
        });
  }

  @Test
  void aRejectedContactPointIsNotQuotedInTheError() {
    for (String bad : List.of("olu.okafor-at-home", "Olu mobile xx")) {
      try {
        ContactPoint.of(bad.contains("mobile") ? io.crmkit.core.customer.contact.ContactPointKind.PHONE
            : io.crmkit.core.customer.contact.ContactPointKind.EMAIL, bad);
        throw new AssertionError("accepted " + bad.length() + " characters");
      } catch (io.crmkit.core.validation.InvalidValueException e) {
        assertHoldsNone(messages(e), Set.of(bad), "contact point error");
      }
      try {
        IdentityNormalizer.forCountryCode("86").phone(bad);
      } catch (io.crmkit.core.validation.InvalidValueException e) {
        assertHoldsNone(messages(e), Set.of(bad), "normalizer error");
      }
    }
  }

  @Test
  void anUnusableContactPointIsReportedWithoutItsValue() {
    Customer c = Customer.builder().from(Customer.person(io.crmkit.core.customer.CustomerId.of("c-9"), "Olu Okafor"))
        .addContactPoint(ContactPoint.of(io.crmkit.core.customer.contact.ContactPointKind.PHONE, "0171 OLU-HOME 55"))
        .build();
    DuplicateReport report = DuplicateDetector.using(IdentityNormalizer.forCountryCode("86")).detect(List.of(c));
    assertThat(report.unusableContactPoints()).hasSize(1);
    assertHoldsNone(report.toString() + report.unusableContactPoints().get(0).reason(), personalValues(c), "unusable");
  }

  @Test
  void complaintTextsAndEventRecordsLeakNoWordsRemedyOrNote() {
    String words = "lost EUR 3,000 in the casino after the advice";
    String remedy = "refund of EUR 3,000 lost in casino";
    String note = "customer mentions gambling debts";
    Set<String> values = Set.of(words, remedy, note, "shouted at Ms Chen");
    ComplaintHandling handling = ComplaintHandling.on(CLOCK);
    Handler agent = Handler.agent("em-lin");
    Complaint c = handling.receive(ComplaintId.of("CMP-1"), Receipt.builder().complainant(io.crmkit.core.customer.CustomerId.of("c-00042")).channel(Channel.PHONE_CALL).whatHappened(words).remedyRequested(remedy)
        .severity(ComplaintSeverity.HIGH).build(), agent);
    c = handling.apply(c, ComplaintCommand.acknowledge(agent, note));
    c = handling.apply(c, ComplaintCommand.tagDifficult(agent, DifficultCustomerType.values()[0], "shouted at Ms Chen"));
    assertHoldsNone(c.toString() + c.history() + c.describeHistory() + c.status(), values, "complaint");
    for (ComplaintEvent e : c.history()) {
      scanMutations(ComplaintEventCodec.encode(e), values, ComplaintEventCodec::decode, "complaint event record");
      io.crmkit.core.codec.RecordCipher cipher = EncryptionAtRestAttackTest.CIPHER;
      scanMutations(cipher.sealRecord(ComplaintEventCodec.encode(e), "CMP-1#" + e.sequence()), values,
          b -> ComplaintEventCodec.decode(cipher.openRecord(b, "complaint event", "CMP-1#" + e.sequence())),
          "sealed complaint event record");
    }
  }

  @Test
  void styleProfilesLeakNoHostCue() {
    String cue = "mentions his divorce and the custody case";
    StyleProfile p = StyleProfile.of(io.crmkit.core.customer.CustomerId.of("c-00042"));
    for (int i = 0; i < 3; i++) {
      p = p.observe(BehaviourCue.of(cue, 0, 2), EmployeeId.of("em-1"), CustomerGen.NOW.plusSeconds(i),
          StyleClassifier.DEFAULT);
    }
    Set<String> values = Set.of(cue);
    assertHoldsNone(p.toString() + p.current().map(a -> a.describe() + a) + p.history(), values, "style profile");
    scanMutations(StyleProfileCodec.encode(p), values, StyleProfileCodec::decode, "style profile record");
    io.crmkit.core.codec.RecordCipher cipher = EncryptionAtRestAttackTest.CIPHER;
    scanMutations(cipher.sealRecord(StyleProfileCodec.encode(p), "c-00042"), values,
        b -> StyleProfileCodec.decode(cipher.openRecord(b, "style profile", "c-00042")), "sealed style profile record");
  }
}
