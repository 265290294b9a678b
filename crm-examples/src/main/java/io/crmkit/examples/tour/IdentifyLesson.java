package io.crmkit.examples.tour;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.classification.CustomerClassification;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.Importance;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.customer.confidentiality.DisclosureRefusedException;
import io.crmkit.core.customer.confidentiality.DisclosureRequest;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.identify.CustomerMerger;
import io.crmkit.core.identify.DuplicateCandidate;
import io.crmkit.core.identify.DuplicateDetector;
import io.crmkit.core.identify.DuplicateReport;
import io.crmkit.core.identify.IdentityNormalizer;
import io.crmkit.core.idic.DifferentiateEvidence;
import io.crmkit.core.idic.IdentifyEvidence;
import io.crmkit.core.idic.IdicProgressReport;
import io.crmkit.core.idic.InteractEvidence;
import io.crmkit.core.money.Money;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Lesson 1, Identify: a small customer base, its duplicates found and merged with evidence, the
 * classification schemes computed from the records, IDIC progress per customer, and the banking
 * case of confidentiality between relatives.
 */
final class IdentifyLesson implements ConsoleLesson {
  private static final EmployeeId ANNA = EmployeeId.of("em-anna");

  private final Clock clock;

  IdentifyLesson(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String title() {
    return "Identify (IDIC 1): one customer, one record";
  }

  @Override
  public void run(PrintStream out) {
    IdentityNormalizer normalizer = IdentityNormalizer.forCountryCode("86");
    List<Customer> base = SampleCustomers.load();
    out.println("The sample base holds " + base.size() + " records. Phones are read with the default "
        + "country code +86:");
    for (Customer c : base) {
      out.printf("  %-6s %-18s %s%n", c.id(), c.displayName(), c.contactPoints().stream()
          .map(p -> safe(() -> normalizer.contactKey(p))).collect(Collectors.joining(", ")));
    }

    DuplicateDetector detector = DuplicateDetector.using(normalizer);
    DuplicateReport report = detector.detect(base);
    out.println();
    out.println("Duplicate detection (blocking on normalized email, phone and name; score = 1 - "
        + "product of (1 - weight)):");
    for (DuplicateCandidate c : report.candidates()) {
      out.printf("  %s ~ %s  score %.3f  because %s%n", c.first(), c.second(), c.score(),
          String.join(", ", c.evidenceDescriptions()));
    }
    report.unusableContactPoints().forEach(u -> out.println("  not used for matching: " + u.customer()
        + " " + u.kind() + ": " + u.reason()));

    out.println();
    out.println("Merging each candidate (the record with more data survives; nothing is lost):");
    Map<CustomerId, Customer> records = new TreeMap<>(
        base.stream().collect(Collectors.toMap(Customer::id, Function.identity())));
    CustomerMerger merger = CustomerMerger.using(normalizer);
    for (DuplicateCandidate candidate : report.candidates()) {
      Customer merged = merger.merge(candidate, records, ANNA, clock);
      CustomerId absorbed = merged.id().equals(candidate.first()) ? candidate.second() : candidate.first();
      records.remove(absorbed);
      records.put(merged.id(), merged);
      out.println("  " + merged.merges().get(merged.merges().size() - 1).explain());
    }
    DuplicateReport after = detector.detect(records.values());
    out.println("  After merging: " + records.size() + " customers, " + after.candidates().size()
        + " open duplicate candidates.");

    out.println();
    out.println("Classification schemes, computed from each record (importance threshold EUR 10,000):");
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    Map<CustomerId, CustomerClassification> classes = new TreeMap<>();
    for (Customer c : records.values()) {
      CustomerClassification k = classifier.classify(c, clock);
      classes.put(c.id(), k);
      out.printf("  %-6s deal %-10s importance %-9s closeness %-12s demand %s%n", c.id(),
          k.dealStatus().map(Enum::name).orElse("-"), k.importance(), k.closeness(), k.demand());
    }

    out.println();
    out.println("IDIC progress (value tier from importance until value scoring is connected; last "
        + "contact = last order, cadence 90 days):");
    IdentifyEvidence identify = IdentifyEvidence.from(after::hasOpenDuplicate);
    DifferentiateEvidence differentiate = DifferentiateEvidence.from(
        id -> Optional.of(classes.get(id).importance() == Importance.IMPORTANT ? "important" : "ordinary"),
        id -> Optional.empty());
    InteractEvidence interact = InteractEvidence.from(new InteractEvidence.ContactHistory() {
      @Override
      public Optional<Instant> lastContact(CustomerId id) {
        return records.get(id).orders().stream().map(Order::orderDate).max(Comparable::compareTo)
            .map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
      }

      @Override
      public Duration cadence(CustomerId id) {
        return Duration.ofDays(90);
      }
    });
    for (Customer c : records.values()) {
      out.print(IdicProgressReport.assess(c, List.of(identify, differentiate, interact), clock)
          .describe().indent(2));
    }

    confidentiality(out);
  }

  private void confidentiality(PrintStream out) {
    out.println();
    out.println("Confidentiality, the banking case: a son and his mother bank with the same account "
        + "manager; their finances are separate.");
    Instant now = clock.instant();
    CustomerId sonId = CustomerId.of("c-201");
    CustomerId motherId = CustomerId.of("c-202");
    FactKey fees = FactKey.of("annual-fees");
    Customer son = Customer.person(sonId, "Zhou Ming")
        .assignAccountManager(ANNA, now.minus(Duration.ofDays(400)))
        .recordFact(ProfileFact.builder().key(fees).category(FactCategory.FINANCIAL)
            .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR 1,240.00").source("fee statement 2025")
            .recordedAt(now.minus(Duration.ofDays(30))).build());
    son = Customer.builder().from(son).addRelatedParty(RelatedParty.of(motherId, Relation.FAMILY_MEMBER))
        .build();
    out.println("  The record prints safely: " + son.fact(fees).orElseThrow());
    out.println("  Anna reads it for the fee review: "
        + son.disclose(fees, DisclosureRequest.forStaff(ANNA, "annual fee review"), clock).grantedBecause());
    try {
      son.disclose(fees, DisclosureRequest.toThirdParty(ANNA, motherId, "mother asks about her son"), clock);
    } catch (DisclosureRefusedException refused) {
      out.println("  The mother asks Anna about her son's fees: " + refused.reason());
    }
    Customer consenting = son.grantConsent(Consent.of(motherId, Set.of(FactCategory.FINANCIAL), now));
    out.println("  After the son consents in writing: "
        + consenting.mayDisclose(fees, DisclosureRequest.toThirdParty(ANNA, motherId, "family budget"),
            clock).reason());
  }

  private static String safe(Supplier<String> s) {
    try {
      return s.get();
    } catch (IllegalArgumentException e) {
      return "(unusable: " + e.getMessage() + ")";
    }
  }
}
