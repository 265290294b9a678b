package io.crmkit.examples.tour;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.RedactedCustomer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.classification.CustomerClassification;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.Importance;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.customer.confidentiality.DisclosureRefusedException;
import io.crmkit.core.customer.confidentiality.DisclosureAuditEntry;
import io.crmkit.core.customer.confidentiality.DisclosureAuthoriser;
import io.crmkit.core.customer.confidentiality.DisclosurePurpose;
import io.crmkit.core.customer.confidentiality.DisclosureRequest;
import io.crmkit.core.customer.confidentiality.Disclosures;
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
import io.crmkit.core.customer.MergeRecord;
import io.crmkit.core.customize.TreatmentPlan;
import io.crmkit.core.idic.CustomizeEvidence;
import io.crmkit.core.idic.IdicStage;
import io.crmkit.core.personality.PersonalityStyle;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Identify (IDIC 1): the sample base, its duplicates found and merged with evidence, the
 * classification schemes computed from the records, IDIC progress per customer (Customize done only
 * where the personality lesson's playbook drew up a plan), and the banking case of confidentiality
 * between relatives.
 */
final class IdentifyLesson implements Lesson {
  private static final EmployeeId ANNA = EmployeeId.of("em-anna");

  private final Clock clock;
  private final List<Customer> base;

  IdentifyLesson(Clock clock) {
    this(clock, SampleCustomers.load());
  }

  /** A lesson on another customer base (the tests vary it to see the takeaway follow). */
  IdentifyLesson(Clock clock, List<Customer> base) {
    this.clock = clock;
    this.base = List.copyOf(base);
  }

  @Override
  public String name() {
    return "identify";
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    IdentityNormalizer normalizer = IdentityNormalizer.forCountryCode("86");
    List<List<String>> records = new ArrayList<>();
    for (Customer c : base) {
      // A course on confidentiality shows redaction, not the data: the normalized keys are masked
      // except their form (the domain, the country code), which is what normalization changes.
      records.add(List.of(c.id().toString(), RedactedCustomer.maskName(c.displayName()), c.contactPoints().stream()
          .map(p -> safe(text, () -> masked(normalizer.contactKey(p)))).collect(Collectors.joining(", "))));
    }
    section.table(new ReportTable(text.text("base.caption", base.size()), List.of(text.text("col.id"),
        text.text("col.name"), text.text("col.keys")), records));

    DuplicateDetector detector = DuplicateDetector.using(normalizer);
    DuplicateReport report = detector.detect(base);
    List<List<String>> candidates = new ArrayList<>();
    for (DuplicateCandidate c : report.candidates()) {
      candidates.add(List.of(c.first() + " ~ " + c.second(), LessonText.decimal(c.score(), 3),
          text.list(c.evidenceDescriptions(text.locale()))));
    }
    section.table(new ReportTable(text.text("duplicates.caption"), List.of(text.text("col.pair"), text.text("col.score"),
        text.text("col.evidence")), candidates));
    report.unusableContactPoints().forEach(u -> section.paragraph(text.text("unusable", u.customer(), text.name(u.kind()),
        u.reason(text.locale()))));

    Map<CustomerId, Customer> merged = new TreeMap<>(base.stream().collect(Collectors.toMap(Customer::id,
        Function.identity())));
    CustomerMerger merger = CustomerMerger.using(normalizer);
    List<List<String>> merges = new ArrayList<>();
    for (DuplicateCandidate candidate : report.candidates()) {
      Customer survivor = merger.merge(candidate, merged, ANNA, clock);
      CustomerId absorbed = survivor.id().equals(candidate.first()) ? candidate.second() : candidate.first();
      merged.remove(absorbed);
      merged.put(survivor.id(), survivor);
      MergeRecord m = survivor.merges().get(survivor.merges().size() - 1);
      merges.add(List.of(m.absorbed().toString(), m.survivor().toString(), String.valueOf(m.factsMoved()),
          String.valueOf(m.contactPointsMoved()), String.valueOf(m.ordersMoved())));
    }
    section.table(new ReportTable(text.text("merges.caption"), List.of(text.text("col.absorbed"),
        text.text("col.survivor"), text.text("col.facts"), text.text("col.contacts"), text.text("col.orders")), merges));
    DuplicateReport after = detector.detect(merged.values());
    section.paragraph(text.text("afterMerge", merged.size(), after.candidates().size()));

    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    Map<CustomerId, CustomerClassification> classes = new TreeMap<>();
    List<List<String>> classRows = new ArrayList<>();
    for (Customer c : merged.values()) {
      CustomerClassification k = classifier.classify(c, clock);
      classes.put(c.id(), k);
      classRows.add(List.of(c.id().toString(), k.dealStatus().map(text::name).orElse("-"), text.name(k.importance()),
          text.name(k.closeness()), text.name(k.demand())));
    }
    section.table(new ReportTable(text.text("classes.caption"), List.of(text.text("col.id"), text.text("col.deal"),
        text.text("col.importance"), text.text("col.closeness"), text.text("col.demand")), classRows));

    Map<CustomerId, TreatmentPlan> plans = PersonalityLesson.plans(List.copyOf(merged.values()), clock);
    Map<CustomerId, PersonalityStyle> styles = PersonalityLesson.styles();
    IdentifyEvidence identify = IdentifyEvidence.from(after::hasOpenDuplicate);
    DifferentiateEvidence differentiate = DifferentiateEvidence.from(
        id -> Optional.of(classes.get(id).importance() == Importance.IMPORTANT ? "important" : "ordinary"),
        id -> Optional.ofNullable(styles.get(id)).map(Enum::name));
    // The Interact stage reads the interact lesson's log, so both lessons say the same of each customer.
    InteractEvidence interact = InteractLesson.interactEvidence(clock,
        InteractLesson.withPreferences(List.copyOf(merged.values())));
    CustomizeEvidence customize = CustomizeEvidence.from(id -> Optional.ofNullable(plans.get(id))
        .filter(TreatmentPlan::isActive).map(TreatmentPlan::summary));
    List<List<String>> progress = new ArrayList<>();
    int allDone = 0;
    for (Customer c : merged.values()) {
      IdicProgressReport r = IdicProgressReport.assess(c, List.of(identify, differentiate, interact, customize), clock);
      List<String> row = new ArrayList<>();
      row.add(c.id().toString());
      for (IdicStage stage : IdicStage.values()) {
        row.add(r.stage(stage).done() ? text.text("stage.done") : text.text("stage.open"));
      }
      row.add(r.currentStage().map(s -> text.name(s.stage())).orElse("-"));
      progress.add(row);
      if (r.currentStage().isEmpty()) {
        allDone++;
      }
    }
    List<String> columns = new ArrayList<>();
    columns.add(text.text("col.id"));
    for (IdicStage stage : IdicStage.values()) {
      columns.add(text.name(stage));
    }
    columns.add(text.text("col.current"));
    section.table(new ReportTable(text.text("progress.caption"), columns, progress));

    confidentiality(text, section);

    section.takeaway(text.text("takeaway", base.size(), report.candidates().size(), merged.size(), allDone,
        plans.size()));
  }

  private void confidentiality(LessonText text, ReportSection.Builder section) {
    section.paragraph(text.text("bank.intro"));
    Instant now = clock.instant();
    CustomerId sonId = CustomerId.of("c-201");
    CustomerId motherId = CustomerId.of("c-202");
    FactKey fees = FactKey.of("annual-fees");
    Customer son = Customer.person(sonId, "Zhou Ming")
        .assignAccountManager(ANNA, now.minus(Duration.ofDays(400)))
        .recordFact(ProfileFact.builder().key(fees).category(FactCategory.FINANCIAL)
            .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR 1,240.00").source(text.text("bank.source"))
            .recordedAt(now.minus(Duration.ofDays(30))).build());
    son = Customer.builder().from(son).addRelatedParty(RelatedParty.of(motherId, Relation.FAMILY_MEMBER))
        .build();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(text.text("bank.print"), son.fact(fees).orElseThrow().toString()));
    List<DisclosureAuditEntry> audit = new ArrayList<>();
    Disclosures desk = Disclosures.of(DisclosureAuthoriser.ownAccountManager(), audit::add, clock);
    rows.add(List.of(text.text("bank.staff"),
        desk.disclose(son, fees, DisclosureRequest.forStaff(ANNA, DisclosurePurpose.ACCOUNT_REVIEW)).grantedBecause(text.locale())));
    try {
      desk.disclose(son, fees, DisclosureRequest.toThirdParty(ANNA, motherId));
      throw new IllegalStateException("the mother was told her son's fees without his consent");
    } catch (DisclosureRefusedException refused) {
      rows.add(List.of(text.text("bank.mother"), refused.reason(text.locale())));
    }
    Customer consenting = son.grantConsent(Consent.of(motherId, Set.of(FactCategory.FINANCIAL), now,
        now.plus(Duration.ofDays(365))));
    rows.add(List.of(text.text("bank.consent"),
        desk.decide(consenting, fees, DisclosureRequest.toThirdParty(ANNA, motherId)).reason(text.locale())));
    rows.add(List.of(text.text("bank.audit"), text.text("bank.audit.answer", audit.size())));
    section.table(new ReportTable(text.text("bank.caption"), List.of(text.text("col.request"),
        text.text("col.answer")), rows));
  }

  /** A normalized key with the person masked: {@code EMAIL:l***@example.com}, {@code PHONE:+86*******00}. */
  static String masked(String key) {
    int colon = key.indexOf(':');
    String kind = key.substring(0, colon + 1);
    String value = key.substring(colon + 1);
    int at = value.indexOf('@');
    if (at > 0) {
      return kind + value.charAt(0) + "***" + value.substring(at);
    }
    if (value.startsWith("+") && value.length() > 5) {
      return kind + value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
    }
    return kind + "***";
  }

  private static String safe(LessonText text, Supplier<String> s) {
    try {
      return s.get();
    } catch (IllegalArgumentException e) {
      return text.text("unusableKey", e instanceof InvalidValueException invalid ? invalid.describe(text.locale())
          : e.getMessage());
    }
  }
}
