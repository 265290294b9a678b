package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerKind;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.classification.CustomerClassification;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.Importance;
import io.crmkit.core.customer.confidentiality.Disclosure;
import io.crmkit.core.customer.confidentiality.DisclosureRefusedException;
import io.crmkit.core.customer.confidentiality.DisclosureRequest;
import io.crmkit.core.customer.confidentiality.DisclosureAuditEntry;
import io.crmkit.core.customer.confidentiality.DisclosureAuthoriser;
import io.crmkit.core.customer.confidentiality.DisclosurePurpose;
import io.crmkit.core.customer.confidentiality.Disclosures;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.contact.ContactPreferences;
import io.crmkit.core.customer.contact.QuietHours;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.identify.CustomerMerger;
import io.crmkit.core.identify.DuplicateCandidate;
import io.crmkit.core.identify.DuplicateDetector;
import io.crmkit.core.identify.DuplicateReport;
import io.crmkit.core.identify.IdentityNormalizer;
import io.crmkit.core.idic.DifferentiateEvidence;
import io.crmkit.core.idic.IdentifyEvidence;
import io.crmkit.core.idic.IdicProgressReport;
import io.crmkit.core.idic.IdicStage;
import io.crmkit.core.complaint.BusinessCalendar;
import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintDiagrams;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintState;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.ComplaintStepRefusedException;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.IllegalComplaintStepException;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.complaint.SlaPolicy;
import io.crmkit.core.complaint.SlaState;
import io.crmkit.core.customize.CustomerSituation;
import io.crmkit.core.customize.Playbook;
import io.crmkit.core.customize.TreatmentPlan;
import io.crmkit.core.money.Money;
import io.crmkit.core.personality.BehaviourCue;
import io.crmkit.core.personality.PersonalityStyle;
import io.crmkit.core.personality.StyleAssessment;
import io.crmkit.core.personality.StyleClassifier;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import io.crmkit.persistence.contract.CustomersContract;
import io.crmkit.scoring.clv.LifetimeValue;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.ReadResult;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.pyramid.CustomerPyramid;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.rfm.RfmSegment;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import io.crmkit.core.satisfaction.Capability;
import io.crmkit.core.satisfaction.CapabilityCatalogue;
import io.crmkit.core.satisfaction.CustomerMaturity;
import io.crmkit.core.satisfaction.DimensionSummary;
import io.crmkit.core.satisfaction.ExpectationProblemSeverity;
import io.crmkit.core.satisfaction.ExpectationProblemType;
import io.crmkit.core.satisfaction.Promise;
import io.crmkit.core.satisfaction.PromiseCheck;
import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.satisfaction.SatisfactionAssessment;
import io.crmkit.core.satisfaction.SatisfactionModel;
import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.satisfaction.ServiceDimension;
import io.crmkit.core.satisfaction.ServiceEncounter;
import io.crmkit.core.satisfaction.SurveyAggregate;
import io.crmkit.core.satisfaction.SurveyReport;
import io.crmkit.core.satisfaction.SurveyResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.ImmutableCustomer;
import io.crmkit.examples.storage.EmbeddedH2;
import io.crmkit.persistence.jdbc.JdbcStores;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.VersionConflictException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's API tour, verbatim between the {@code // README} markers, so the snippets keep
 * compiling and keep doing what the README says.
 */
class ReadmeSnippetsTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private Customer liWei() {
    // README: customer
    Customer li = Customer.builder()
        .id(CustomerId.of("c-001"))
        .kind(CustomerKind.PERSON)
        .displayName("Li Wei")
        .addContactPoint(ContactPoint.verified(ContactPointKind.EMAIL, "li.wei@example.com"))
        .addContactPoint(ContactPoint.of(ContactPointKind.PHONE, "138 0013 8000"))
        .contactPreferences(ContactPreferences.builder()
            .addPreferredChannels(Channel.PHONE_CALL, Channel.TEXT_MESSAGE)
            .addQuietHour(QuietHours.onWeekdays(Channel.PHONE_CALL, LocalTime.of(13, 0), LocalTime.of(18, 0)))
            .zone(ZoneId.of("Asia/Shanghai"))
            .build())
        .build()
        .assignAccountManager(EmployeeId.of("em-anna"), clock.instant())
        .recordFact(ProfileFact.builder()
            .key(FactKey.of("annual-income"))
            .category(FactCategory.FINANCIAL)
            .sensitivity(Sensitivity.CONFIDENTIAL)   // financial facts must be confidential
            .content("CNY 420,000")
            .source("mortgage application")
            .recordedAt(clock.instant())
            .build());
    // README: end
    return li;
  }

  @Test
  void theCustomerSnippetBuildsARedactedCustomer() {
    Customer li = liWei();
    assertThat(li.toString()).doesNotContain("420,000").doesNotContain("Li Wei").doesNotContain("li.wei@example.com");
    // 09:00 UTC is 17:00 in Shanghai, inside the quiet hours for calls: a text is the best channel.
    assertThat(li.contactPreferences().bestChannelAt(clock.instant())).contains(Channel.TEXT_MESSAGE);
  }

  @Test
  void theConfidentialitySnippetRefusesARelatedParty() {
    Customer li = liWei();
    // README: confidentiality
    FactKey income = FactKey.of("annual-income");
    EmployeeId anna = EmployeeId.of("em-anna");
    List<DisclosureAuditEntry> audit = new ArrayList<>();            // the host's audit trail
    Disclosures desk = Disclosures.of(DisclosureAuthoriser.ownAccountManager(), audit::add, clock);

    Disclosure forReview = desk.disclose(li, income, DisclosureRequest.forStaff(anna, DisclosurePurpose.CREDIT_DECISION));
    // forReview.value() is "CNY 420,000"; forReview.toString() shows <redacted>

    DisclosureRequest motherAsks = DisclosureRequest.toThirdParty(anna, CustomerId.of("c-002"));
    desk.decide(li, income, motherAsks).granted();   // false: being related is not consent
    // desk.disclose(li, income, motherAsks) throws DisclosureRefusedException
    // audit holds both decisions, granted and refused, without the value
    // README: end
    assertThat(forReview.value()).isEqualTo("CNY 420,000");
    assertThat(desk.decide(li, income, motherAsks).granted()).isFalse();
    assertThatThrownBy(() -> desk.disclose(li, income, motherAsks)).isInstanceOf(DisclosureRefusedException.class);
    assertThat(audit).hasSize(4).extracting(DisclosureAuditEntry::granted).containsExactly(true, false, false, false);
  }

  @Test
  void theClassificationSnippetComputesTheSchemes() {
    Customer li = liWei();
    // README: classification
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    CustomerClassification k = classifier.classify(li, clock);
    k.importance();      // ORDINARY: no deal volume yet
    k.closeness();       // NON_CUSTOMER: neither orders nor quotations
    k.reasons();         // one sentence per scheme, saying why
    // README: end
    assertThat(k.importance()).isEqualTo(Importance.ORDINARY);
    assertThat(k.reasons()).hasSize(4);
  }

  @Test
  void theIdentifySnippetFindsMergesAndReports() {
    Customer li = liWei();
    Customer again = Customer.builder().id(CustomerId.of("c-002"))
        .kind(CustomerKind.PERSON).displayName("WEI, Li")
        .addContactPoint(ContactPoint.of(ContactPointKind.PHONE, "+86 138-0013-8000")).build();
    List<Customer> customers = List.of(li, again);
    EmployeeId anna = EmployeeId.of("em-anna");
    // README: identify
    IdentityNormalizer normalizer = IdentityNormalizer.forCountryCode("86");
    normalizer.phone("0086 138-0013-8000");          // "+8613800138000"

    DuplicateReport report = DuplicateDetector.using(normalizer).detect(customers);
    DuplicateCandidate pair = report.candidates().get(0);
    pair.evidenceDescriptions();   // [same name, same phone]: kinds only, never the values
    pair.score();                  // 1 - (1 - 0.5)(1 - 0.8) = 0.9

    Customer merged = CustomerMerger.using(normalizer)
        .merge(pair, Map.of(li.id(), li, again.id(), again), anna, clock);
    merged.merges().get(0).explain();   // "Customer c-002 was merged into c-001 by em-anna ..."

    IdicProgressReport progress = IdicProgressReport.assess(merged, List.of(
        IdentifyEvidence.from(DuplicateDetector.using(normalizer).detect(List.of(merged))::hasOpenDuplicate),
        DifferentiateEvidence.from(id -> Optional.of("key"), id -> Optional.empty())), clock);
    progress.currentStage();   // DIFFERENTIATE: "no personality style"
    // README: end
    assertThat(normalizer.phone("0086 138-0013-8000")).isEqualTo("+8613800138000");
    assertThat(pair.evidenceDescriptions()).containsExactlyInAnyOrder("same name", "same phone");
    assertThat(pair.score()).isCloseTo(0.9, Offset.offset(1e-9));
    assertThat(merged.merges().get(0).explain()).startsWith("Customer c-002 was merged into c-001 by em-anna");
    assertThat(progress.currentStage().orElseThrow().stage()).isEqualTo(IdicStage.DIFFERENTIATE);
    assertThat(progress.currentStage().orElseThrow().missing()).containsExactly("no personality style");
  }

  /** The README and the API guide beside the examples, where the long API tour lives. */
  private static String documentation() throws IOException {
    return Files.readString(Path.of("..", "README.md")) + "\n" + Files.readString(Path.of("GUIDE.md"));
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    String readme = documentation();
    String source = Files.readString(Path.of(
        "src/test/java/io/crmkit/examples/readme/ReadmeSnippetsTest.java"));
    Matcher snippet = Pattern
        .compile("// README: (\\w+)\n(.*?)\n\\s*// README: end", Pattern.DOTALL)
        .matcher(source);
    int found = 0;
    while (snippet.find()) {
      found++;
      String body = snippet.group(2).stripIndent();
      assertThat(readme).as("README snippet '%s'", snippet.group(1)).contains(body);
    }
    assertThat(found).isEqualTo(11);
  }

  @Test
  void theSatisfactionSnippetAssessesAggregatesAndChecksPromises() {
    // README: satisfaction
    SatisfactionModel model = SatisfactionModel.standard(RatingScale.ONE_TO_SEVEN)
        .withWeight(ServiceDimension.RESPONSIVENESS, 2.0);        // importance weights
    ServiceEncounter visit = ServiceEncounter.of(ServiceDimension.RESPONSIVENESS, 6, 3)   // expected 6, perceived 3
        .with(ServiceDimension.ATTITUDE, 5, 6);
    SatisfactionAssessment assessment = model.assess(visit);
    assessment.outcome();          // DISSATISFIED: weighted gap (2 x -3 + 1 x +1) / 3 = -1.67

    SurveyAggregate branchA = model.aggregate(List.of(SurveyResponse.of(visit)));
    SurveyAggregate branchB = model.aggregate(List.of(SurveyResponse.builder().likelihoodToRecommend(9).build()));
    SurveyReport report = model.report(branchA.merge(branchB));  // merge = aggregate of the union
    report.fixFirst();             // [responsiveness]
    report.nps().describe();       // "NPS 100.0 (1 answers)"

    CapabilityCatalogue branch = CapabilityCatalogue.of(Capability.level("loan-decision",
        "a decision on a personal loan", new BigDecimal("3"), Capability.Direction.LOWER_IS_BETTER, "working days"));
    PromiseCheck.against(branch).overPromises(
        List.of(Promise.ofLevel("loan-decision", "Your answer tomorrow", BigDecimal.ONE)),
        CustomerMaturity.FIRST_TIME);   // one TOO_HIGH problem, severity HIGH, with the handling
    // README: end
    assertThat(assessment.outcome()).isEqualTo(SatisfactionOutcome.DISSATISFIED);
    assertThat(assessment.weightedGap()).isCloseTo(-5 / 3.0, Offset.offset(1e-12));
    assertThat(report.fixFirst()).extracting(DimensionSummary::dimension).containsExactly(ServiceDimension.RESPONSIVENESS);
    assertThat(report.nps().describe()).isEqualTo("NPS 100.0 (1 answers)");
    assertThat(PromiseCheck.against(branch).overPromises(
        List.of(Promise.ofLevel("loan-decision", "Your answer tomorrow", BigDecimal.ONE)), CustomerMaturity.FIRST_TIME))
        .singleElement().satisfies(p -> {
          assertThat(p.type()).isEqualTo(ExpectationProblemType.TOO_HIGH);
          assertThat(p.severity()).isEqualTo(ExpectationProblemSeverity.HIGH);
        });
  }

  @Test
  void theComplaintSnippetRunsTheWorkflow() {
    // README: complaint
    ComplaintHandling handling = ComplaintHandling.on(clock);        // guards of practice, 3 attempts, 30-day reopen
    Handler lin = Handler.agent("em-lin");
    Complaint c = handling.receive(ComplaintId.of("CMP-1"), Receipt.builder()
        .complainant(CustomerId.of("c-042")).channel(Channel.PHONE_CALL)
        .whatHappened("the kettle leaks").severity(ComplaintSeverity.MEDIUM).build(), lin);
    c = handling.apply(c, ComplaintCommand.acknowledge(lin, "let the customer vent, soothed"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, lin, "asked for photos"));
    // handling.apply(c, ComplaintCommand.step(ComplaintStep.PROPOSE_REMEDY, lin, "refund"))
    //   -> IllegalComplaintStepException: Complaint CMP-1 is INVESTIGATING: PROPOSE_REMEDY is not allowed; allowed are [...]
    // handling.apply(c, ComplaintCommand.judgeValid(lin, ComplaintCause.PRODUCT_QUALITY, "looks bad"))
    //   -> ComplaintStepRefusedException: ... refused by rule facts-before-judgement: record the key points and facts first
    c = handling.apply(c, ComplaintCommand.recordFacts(lin, "seal missing", Optional.of(ComplaintCause.PRODUCT_QUALITY)));
    c = handling.apply(c, ComplaintCommand.judgeValid(lin, ComplaintCause.PRODUCT_QUALITY, "faulty batch"));

    Complaint.replay(c.id(), c.history()).equals(c);                 // true: state is folded from the events
    SlaPolicy.standard(BusinessCalendar.weekdays(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0)))
        .status(c, clock.instant()).firstResponse().state();       // MET
    // README: end
    Complaint investigating = handling.apply(handling.apply(handling.receive(ComplaintId.of("CMP-2"), c.status().receipt(),
        lin), ComplaintCommand.acknowledge(lin, "heard")), ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, lin, "look"));
    assertThatThrownBy(() -> handling.apply(investigating, ComplaintCommand.step(ComplaintStep.PROPOSE_REMEDY, lin, "refund")))
        .isInstanceOf(IllegalComplaintStepException.class)
        .hasMessageStartingWith("Complaint CMP-2 is INVESTIGATING: PROPOSE_REMEDY is not allowed; allowed are [");
    assertThatThrownBy(() -> handling.apply(investigating, ComplaintCommand.judgeValid(lin, ComplaintCause.PRODUCT_QUALITY,
        "looks bad"))).isInstanceOf(ComplaintStepRefusedException.class)
        .hasMessageEndingWith("refused by rule facts-before-judgement: record the key points and facts first");
    assertThat(c.state()).isEqualTo(ComplaintState.VALID);
    assertThat(Complaint.replay(c.id(), c.history())).isEqualTo(c);
    assertThat(SlaPolicy.standard(BusinessCalendar.weekdays(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0)))
        .status(c, clock.instant()).firstResponse().state()).isEqualTo(SlaState.MET);
  }

  @Test
  void theGuideShowsTheDiagramTheEngineRunsOn() throws IOException {
    String readme = documentation();
    assertThat(readme).contains("```mermaid\n" + ComplaintDiagrams.mermaid() + "```");
  }

  @Test
  void theScoringSnippetReadsScoresAndExplains(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("orders.csv");
    Files.writeString(file, "customer_id,date,amount\nc-1,2026-01-05,900.00\nc-2,2026-01-09,50.00\n"
        + "c-2,2026-02-11,50.00\nc-3,2026-02-20,not-a-number\n");
    // README: scoring
    ReadResult read = TransactionReader.read(file, TransactionFormat.csv(Currency.getInstance("EUR")),
        ReadMode.LENIENT);
    read.report().skipped();        // [line 5, column 3: amount must be a decimal number, was 'not-a-number']

    read.log().totalMinorOf(1);     // 10000: c-2's total; each customer's figures are kept as it is read
    CustomerSummaries summaries = CustomerSummaries.of(read.log());   // copies them: no pass over the rows
    ParetoAnalysis pareto = ParetoAnalysis.of(summaries);   // shares one sort of the totals with the pyramid
    pareto.describe();              // "The top 20% of customers bring 90.0% of the value; ..."
    CustomerPyramid pyramid = CustomerPyramid.of(summaries, PyramidPolicy.DEFAULT);
    pyramid.placement(0).because(); // "rank 1 <= 1, the last rank of KEY"
    RfmAnalysis rfm = RfmAnalysis.of(read.log(), LocalDate.of(2026, 3, 1), RfmSegment.DEFAULTS);
    rfm.scores().get(1).code();     // "R3 F3 M1": of two customers, the better gets 1 + 5 x 1/2
    LifetimeValue.of(Money.of("40.00", "EUR"), new BigDecimal("0.85"), new BigDecimal("0.10"), 10).value();   // EUR 162.64

    // Scale-out: summaries of chunks merge into exactly the summary of the whole log.
    TransactionLog log = read.log();
    int chunk = (log.size() + 7) / 8;
    CustomerSummaries merged = IntStream.range(0, 8).parallel()
        .mapToObj(i -> CustomerSummaries.of(log.slice(Math.min(log.size(), i * chunk),
            Math.min(log.size(), (i + 1) * chunk))))
        .reduce(CustomerSummaries::merge).orElseThrow();     // equals CustomerSummaries.of(log)
    // README: end
    assertThat(read.report().skipped()).extracting(Object::toString)
        .containsExactly("line 5, column 3: amount must be a decimal number, was 'not-a-number'");
    assertThat(pareto.describe()).startsWith("The top 20% of customers bring 90.0% of the value; ");
    assertThat(pyramid.placement(0).because()).isEqualTo("rank 1 <= 1, the last rank of KEY");
    assertThat(rfm.scores().get(1).code()).isEqualTo("R3 F3 M1");
    assertThat(LifetimeValue.of(Money.of("40.00", "EUR"), new BigDecimal("0.85"), new BigDecimal("0.10"), 10).value())
        .isEqualTo(Money.of("162.64", "EUR"));
    assertThat(merged).isEqualTo(summaries);
    assertThat(read.log().totalMinorOf(1)).isEqualTo(10_000);
    assertThat(summaries.purchases(1)).isEqualTo(2);
  }

  @Test
  void thePersonalityAndPlaybookSnippetClassifiesAndRecommends() {
    // README: customize
    StyleAssessment style = StyleClassifier.DEFAULT.classify(List.of(
        BehaviourCue.standard("asks for data sheets"), BehaviourCue.standard("checks the figures twice"),
        BehaviourCue.standard("keeps a poker face")));
    style.describe();              // "ANALYTICAL (confidence 0.33, assertiveness -2, responsiveness -5 from 3 cues)"
    PersonalityStyle.ANALYTICAL.present();   // "data and proof, step by step; put it in writing"

    TreatmentPlan plan = Playbook.defaults().recommend(CustomerSituation.builder()
        .customer(CustomerId.of("c-005")).valueTier("KEY").style(style.style().orElseThrow())
        .openComplaints(1).build());
    plan.recommendations().get(0);  // resolve the open complaint before any sales talk
                                    //   [rule resolve-open-complaint-first, because open-complaints = 1]
    // README: end
    assertThat(style.describe()).isEqualTo("ANALYTICAL (confidence 0.33, assertiveness -2, responsiveness -5 from 3 cues)");
    assertThat(plan.recommendations().get(0).toString()).isEqualTo(
        "resolve the open complaint before any sales talk [rule resolve-open-complaint-first, because open-complaints = 1]");
  }

  @Test
  void theErrorSnippetNamesFieldRuleAndValue() {
    // README: errors
    try {
      Money.of("19.999", "EUR");
    } catch (InvalidValueException e) {
      e.field();          // "money.amount"
      e.getMessage();     // "money.amount must have at most 2 fraction digits for EUR, was '19.999'"
    }
    // README: end
    assertThatThrownBy(() -> Money.of("19.999", "EUR")).isInstanceOf(InvalidValueException.class)
        .hasMessage("money.amount must have at most 2 fraction digits for EUR, was '19.999'");
  }

  @Test
  void theStorageSnippetSavesInOneTransactionOnAnH2File(@TempDir Path dir) {
    // README: storage
    try (JdbcStores stores = EmbeddedH2.open(dir.resolve("crm"))) {   // file crm.mv.db; schema applied
      Customer saved = stores.customers().save(Customer.person(CustomerId.of("c-1"), "Li Wei"));
      saved.version();                                                   // 1
      stores.unitOfWork().inTransaction(() -> {                          // both saves or neither
        stores.customers().save(saved.assignAccountManager(EmployeeId.of("em-anna"), clock.instant()));
        return stores.customers().save(Customer.person(CustomerId.of("c-2"), "Wang Fang"));
      });
      stores.customers().stream().count();                               // 2
      // stores.customers().save(saved) now throws VersionConflictException:
      //   "Customer c-1: expected version 1 but the stored version is 2; reload and retry"
    }
    // README: end
    try (JdbcStores stores = EmbeddedH2.open(dir.resolve("crm"))) {
      assertThat(stores.customers().stream().map(c -> c.id().value() + "@" + c.version()))
          .containsExactly("c-1@2", "c-2@1");
      Customer c1 = stores.customers().find(CustomerId.of("c-1")).orElseThrow();
      assertThatThrownBy(() -> stores.customers().save(ImmutableCustomer.copyOf(c1).withVersion(1)))
          .isInstanceOf(VersionConflictException.class)
          .hasMessage("Customer c-1: expected version 1 but the stored version is 2; reload and retry");
    }
  }

  // README: adapter
  /** Customers in a host's sorted key-value store (a map stands in for it), records by CustomerCodec. */
  static final class KeyValueCustomers implements Customers {
    /** The stored value: the version beside the record, which holds every other field. */
    private record Row(long version, byte[] record) {
      Customer customer() {
        return CustomerCodec.decode(record, version);
      }
    }

    private final ConcurrentNavigableMap<String, Row> store = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Customer> find(CustomerId id) {
      Require.notNull(id, "customerId");
      return Optional.ofNullable(store.get(id.value())).map(Row::customer);
    }

    @Override
    public synchronized Customer save(Customer c) {        // the store's compare-and-set belongs here
      return saveAll(List.of(Require.notNull(c, "customer"))).get(0);
    }

    @Override
    public synchronized List<Customer> saveAll(List<Customer> customers) {
      Require.that(customers.stream().map(Customer::id).distinct().count() == customers.size(), "customers",
          "must name each customer once", customers.size() + " customers");
      for (Customer c : customers) {                       // check every version before writing any
        long stored = find(c.id()).map(Customer::version).orElse(0L);
        if (stored != c.version()) {
          throw new VersionConflictException("Customer", c.id().value(), c.version(), stored);
        }
      }
      List<Customer> next = customers.stream().map(Customer::nextVersion).toList();
      next.forEach(c -> store.put(c.id().value(), new Row(c.version(), CustomerCodec.encode(c))));
      return next;
    }

    @Override
    public synchronized void delete(CustomerId id, long expectedVersion) {
      long stored = find(id).map(Customer::version).orElse(0L);
      if (stored == 0 || stored != expectedVersion) {
        throw new VersionConflictException("Customer", id.value(), expectedVersion, stored);
      }
      store.remove(id.value());
    }

    @Override
    public Page<Customer> list(PageRequest request) {      // keyset paging: the cursor is the last id
      Map<String, Row> rest = request.after().<Map<String, Row>>map(a -> store.tailMap(a, false)).orElse(store);
      List<Customer> items = rest.values().stream().limit(request.size() + 1L).map(Row::customer).toList();
      return items.size() <= request.size() ? Page.of(items, Optional.empty())
          : Page.of(items.subList(0, request.size()), Optional.of(items.get(request.size() - 1).id().value()));
    }
  }
  // README: end

  /** The skeleton above is a real adapter: it passes the contract kit. */
  @Nested
  class TheReadmeAdapterSkeletonPassesTheContract extends CustomersContract {
    @Override
    protected Customers newStore() {
      return new KeyValueCustomers();
    }
  }
}
