package io.crmkit.core.fuzz;

import static io.crmkit.core.fuzz.FuzzTarget.call;
import static io.crmkit.core.fuzz.FuzzTarget.id;
import static io.crmkit.core.fuzz.FuzzTarget.number;
import static io.crmkit.core.fuzz.FuzzTarget.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.PropertySize;
import io.crmkit.core.complaint.ComplaintAction;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.customize.Condition;
import io.crmkit.core.customize.CustomerSituation;
import io.crmkit.core.customize.ImmutablePlaybookRule;
import io.crmkit.core.customize.PlaybookRule;
import io.crmkit.core.identify.MatchEvidence;
import io.crmkit.core.identify.MatchKind;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.interaction.cadence.ContactCadence;
import io.crmkit.core.interaction.cadence.PlannedContact;
import io.crmkit.core.interaction.calendar.CalendarRange;
import io.crmkit.core.interaction.design.Frequency;
import io.crmkit.core.interaction.design.GoalPurpose;
import io.crmkit.core.interaction.design.InteractionGoal;
import io.crmkit.core.interaction.design.InteractionObject;
import io.crmkit.core.interaction.design.Measure;
import io.crmkit.core.interaction.design.RelationshipStage;
import io.crmkit.core.interaction.maintenance.Agenda;
import io.crmkit.core.interaction.maintenance.Concern;
import io.crmkit.core.interaction.maintenance.Help;
import io.crmkit.core.lifecycle.KeyAccountAction;
import io.crmkit.core.lifecycle.KeyAccountEvent;
import io.crmkit.core.lifecycle.KeyAccountStage;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageChange;
import io.crmkit.core.lifecycle.StageCohort;
import io.crmkit.core.lifecycle.StageCounts;
import io.crmkit.core.lifecycle.StageFlow;
import io.crmkit.core.lifecycle.StageHistory;
import java.util.Map;
import io.crmkit.core.loyalty.BehavioralLoyalty;
import io.crmkit.core.loyalty.EmotionalLoyalty;
import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.satisfaction.ServiceEncounter;
import io.crmkit.core.service.CustomerRequest;
import io.crmkit.core.service.FloorApproach;
import io.crmkit.core.service.ServiceStep;
import io.crmkit.core.service.VisitorPurpose;
import io.crmkit.core.visit.AlternativeChoice;
import java.util.Optional;
import io.crmkit.core.complaint.ComplaintGuards;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.SlaTarget;
import io.crmkit.core.customer.sales.ExchangeRate;
import io.crmkit.core.lifecycle.KeyAccountGuards;
import java.time.Duration;
import java.util.Currency;
import java.util.Set;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.PlannedAction;
import io.crmkit.core.customer.contact.ContactPerson;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.identify.IdentityNormalizer;
import io.crmkit.core.money.Money;
import io.crmkit.core.personality.BehaviourCue;
import io.crmkit.core.satisfaction.Capability;
import io.crmkit.core.satisfaction.CompensationClaim;
import io.crmkit.core.satisfaction.ExpectationSource;
import io.crmkit.core.satisfaction.Expectation;
import io.crmkit.core.satisfaction.LossCause;
import io.crmkit.core.satisfaction.Promise;
import io.crmkit.core.satisfaction.ServiceDimension;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/**
 * Every public factory of crm-core driven with generated invalid values: each must be refused with
 * an {@link InvalidValueException} whose field names the argument (never a raw NPE, never accepted).
 *
 * <p>To cover a new factory (a new package: interaction, lifecycle, ...) add one line to
 * {@link #TARGETS}: {@code text("interaction.note", s -> Interaction.note(s))}, or {@code id(...)} for an
 * id or code, or {@code number("field", n -> ..., bad values...)}.
 */
class FactoryFuzzProperties {
  private static final CustomerId C1 = CustomerId.of("c-1");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final java.time.Instant AT = java.time.Instant.parse("2026-03-02T09:00:00Z");

  static final List<FuzzTarget> TARGETS = List.of(
      id("customerId", CustomerId::of),
      id("employeeId", EmployeeId::of),
      id("complaintId", ComplaintId::of),
      id("factKey", FactKey::of),
      id("money.currency", s -> Money.of("1.00", s)),
      id("money.amount", s -> Money.of(s, "EUR")),
      text("customer.displayName", s -> Customer.person(C1, s)),
      text("customer.displayName", s -> Customer.organization(C1, s)),
      text("contactPoint.value", s -> ContactPoint.of(ContactPointKind.EMAIL, s)),
      text("contactPoint.value", s -> ContactPoint.of(ContactPointKind.PHONE, s)),
      text("contactPerson.name", s -> ContactPerson.of(s)),
      text("product.name", s -> Product.of(s, "model")),
      text("need.description", s -> Need.now(s, DAY)),
      text("plannedAction.description", s -> PlannedAction.of(s, DAY)),
      text("behaviourCue.description", s -> BehaviourCue.of(s, 1, 1)),
      text("serviceDimension.title", s -> ServiceDimension.of("speed", s, "How fast")),
      text("promise.subject", s -> Promise.ofFeature(s, "we call back")),
      text("promise.wording", s -> Promise.ofFeature("call-back", s)),
      text("expectation.subject", s -> Expectation.ofFeature(s, "a call back", ExpectationSource.PAST_EXPERIENCE)),
      text("capability.description", s -> Capability.feature("call-back", s, true)),
      id("capability.key", s -> Capability.feature(s, "Call back", true)),
      id("serviceDimension.key", s -> ServiceDimension.of(s, "Speed", "How fast")),
      text("compensationClaim.description", s -> CompensationClaim.of(s, Money.of("10.00", "EUR"), LossCause.values()[0])),
      id("employeeId", s -> Handler.agent(s)),
      id("defaultCountryCode", IdentityNormalizer::forCountryCode),
      id("interactionId", io.crmkit.core.interaction.InteractionId::of),
      id("commitmentId", io.crmkit.core.interaction.CommitmentId::of),
      id("channelCode", io.crmkit.core.interaction.ChannelCode::of),
      text("commitment.wording", s -> io.crmkit.core.interaction.Commitment.of(
          io.crmkit.core.interaction.CommitmentId.of("P-1"), s, DAY)),
      number("behaviourCue.assertiveness", n -> BehaviourCue.of("Speaks fast", n, 1), -3, 3, Integer.MIN_VALUE,
          Integer.MAX_VALUE),
      number("behaviourCue.responsiveness", n -> BehaviourCue.of("Speaks fast", 1, n), -3, 3, Integer.MIN_VALUE),
      // interaction: design, cadence, calendar, maintenance
      text("interactionObject.name", s -> InteractionObject.of(s, RelationshipStage.GROWTH)),
      text("interactionGoal.statement", s -> InteractionGoal.of(s, GoalPurpose.DEEPEN_EXISTING,
          InteractionObject.of("Regular buyers", RelationshipStage.GROWTH), Measure.people("repeat buyers", 20),
          DAY, DAY.plusDays(90))),
      text("measure.indicator", s -> Measure.people(s, 20)),
      number("measure.target", n -> Measure.count("visits", n), 0, -1, Integer.MIN_VALUE),
      number("frequency.times", n -> new Frequency(n, 7), 0, -1, 8, Integer.MIN_VALUE, Integer.MAX_VALUE),
      number("frequency.perDays", n -> new Frequency(1, n), 0, -1, Integer.MIN_VALUE),
      text("plannedContact.subject", s -> PlannedContact.of(C1, DAY, Purpose.values()[0], s)),
      number("contactCadence.days", ContactCadence::ofDays, 0, -1, 3_661, Integer.MIN_VALUE, Integer.MAX_VALUE),
      number("calendarRange.maxDays", n -> CalendarRange.of(DAY, DAY, n), 0, -1, Integer.MIN_VALUE),
      text("agendaItem.topic", s -> io.crmkit.core.interaction.maintenance.AgendaItem.of(s, 15)),
      number("agendaItem.minutes", n -> io.crmkit.core.interaction.maintenance.AgendaItem.of("Delivery dates", n),
          0, -1, 241, Integer.MIN_VALUE, Integer.MAX_VALUE),
      text("agenda.purpose", s -> new Agenda(s, List.of(io.crmkit.core.interaction.maintenance.AgendaItem.of(
          "Delivery dates", 15)), Optional.empty(), true)),
      text("agenda.valueToCustomer", s -> new Agenda("Review the season", List.of(
          io.crmkit.core.interaction.maintenance.AgendaItem.of("Delivery dates", 15)),
          Optional.ofNullable(s).or(() -> Optional.of(" ")), true)),
      text("concern.description", Concern::business),
      text("concern.description", Concern::personal),
      text("help.description", s -> new Help(Concern.business("Late deliveries"), s)),
      // visit and service
      text("agendaItem.topic", s -> new io.crmkit.core.visit.AgendaItem(s, 15)),
      number("agendaItem.minutes", n -> new io.crmkit.core.visit.AgendaItem("Delivery dates", n), 0, -1, 481,
          Integer.MIN_VALUE, Integer.MAX_VALUE),
      text("alternativeChoice.question", s -> new AlternativeChoice(s, "Tuesday", "Thursday")),
      text("alternativeChoice.first", s -> new AlternativeChoice("Which day suits you?", s, "Thursday")),
      text("alternativeChoice.second", s -> new AlternativeChoice("Which day suits you?", "Tuesday", s)),
      text("customerRequest.description", s -> new CustomerRequest(s, true, true, false, false, 1)),
      number("customerRequest.timesAsked", n -> new CustomerRequest("A refund", true, true, false, false, n), 0, -1,
          Integer.MIN_VALUE),
      text("serviceStep.name", s -> ServiceStep.front(s, "Reception")),
      text("serviceStep.team", s -> ServiceStep.back("Prepare the room", s)),
      text("floorApproach.reason", s -> new FloorApproach(VisitorPurpose.BROWSING, false, s)),
      // customize
      number("customerSituation.openComplaints", n -> CustomerSituation.builder().customer(C1).openComplaints(n)
          .build(), -1, Integer.MIN_VALUE),
      number("customerSituation.overduePromises", n -> CustomerSituation.builder().customer(C1).overduePromises(n)
          .build(), -1, Integer.MIN_VALUE),
      number("customerSituation.brokenPromises", n -> CustomerSituation.builder().customer(C1).brokenPromises(n)
          .build(), -1, Integer.MIN_VALUE),
      number("condition.atLeast", n -> Condition.atLeast(Condition.Fact.OPEN_COMPLAINTS, n), 0, -1,
          Integer.MIN_VALUE),
      number("playbookRule.priority", n -> rule().priority(n).build(), -1, 1_001, Integer.MIN_VALUE,
          Integer.MAX_VALUE),
      id("playbookRule.name", s -> rule().name(s).build()),
      id("playbookRule.group", s -> rule().group(s).build()),
      text("playbookRule.action", s -> rule().action(s).build()),
      call("condition.values", () -> Condition.in(Condition.Fact.TIER)),
      call("condition.atLeast", () -> Condition.any(Condition.Fact.OPEN_COMPLAINTS)),
      call("playbookRule.conditions", () -> PlaybookRule.builder().name("soothe-first").priority(1)
          .action("call back today").build()),
      // lifecycle, complaint, loyalty, satisfaction, profile, identify
      text("keyAccountEvent.note", s -> new KeyAccountEvent(1, new KeyAccountAction.Open(1), AT,
          KeyAccountStage.GESTATION, KeyAccountStage.GESTATION, s)),
      number("keyAccountEvent.sequence", n -> new KeyAccountEvent(n, new KeyAccountAction.Open(1), AT,
          KeyAccountStage.GESTATION, KeyAccountStage.GESTATION, "taken up"), 0, -1, Integer.MIN_VALUE),
      text("stageChange.evidence", s -> new StageChange(Optional.empty(), LifecycleStage.values()[0], DAY, s)),
      number("stageFlow.customers", n -> new StageFlow(Optional.empty(), LifecycleStage.values()[0], n), 0, -1,
          Integer.MIN_VALUE),
      number("stageCounts.withoutStage", n -> new StageCounts(DAY, Map.of(), n), -1, Integer.MIN_VALUE),
      call("stageChange.to", () -> new StageChange(Optional.of(LifecycleStage.values()[0]),
          LifecycleStage.values()[0], DAY, "no change")),
      call("stageFlow.to", () -> new StageFlow(Optional.of(LifecycleStage.values()[0]), LifecycleStage.values()[0],
          3)),
      call("stageCounts.byStage", () -> new StageCounts(DAY, Map.of(LifecycleStage.values()[0], -1), 0)),
      call("stageChange.on", () -> StageHistory.empty(C1).record(LifecycleStage.values()[0], DAY, "first order")
          .record(LifecycleStage.values()[1], DAY, "same day again")),
      call("stageHistory.changes", () -> StageHistory.replay(C1, List.of(new StageChange(
          Optional.of(LifecycleStage.values()[1]), LifecycleStage.values()[0], DAY, "starts in the middle")))),
      call("to", () -> StageCohort.flows(List.of(), DAY, DAY)),
      number("keyAccountAction.contactPersons", KeyAccountAction.Open::new, -1, Integer.MIN_VALUE),
      number("keyAccountAction.contactPersons", n -> new KeyAccountAction.ChangeContacts(n, true), -1,
          Integer.MIN_VALUE),
      text("complaintCommand.note", s -> ComplaintCommand.of(Handler.agent("e-1"),
          ComplaintAction.of(ComplaintStep.ACKNOWLEDGE), s)),
      number("complaintCommand.rating", n -> new ComplaintAction.FollowUp(n, true), 0, 6, -1, Integer.MIN_VALUE,
          Integer.MAX_VALUE),
      number("emotionalLoyalty.likelihoodToRecommend", n -> EmotionalLoyalty.of(n, 4), -1, 11, Integer.MIN_VALUE,
          Integer.MAX_VALUE),
      number("emotionalLoyalty.attachment", n -> EmotionalLoyalty.of(9, n), 0, 8, Integer.MIN_VALUE),
      number("behavioralLoyalty.purchases", n -> BehavioralLoyalty.of(n, 30), -1, Integer.MIN_VALUE),
      number("behavioralLoyalty.tenureDays", n -> BehavioralLoyalty.of(3, n), -1, Integer.MIN_VALUE),
      number("ratingScale.max", n -> RatingScale.of(5, n), 5, 4, Integer.MIN_VALUE),
      text("noNeedJudgement.reason", s -> NoNeedJudgement.of(s, EmployeeId.of("e-1"), DAY)),
      text("product.model", s -> Product.of("Sofa", s)),
      text("matchEvidence.sharedValue", s -> MatchEvidence.of(MatchKind.values()[0], s)),
      // missing objects, durations and rates out of range
      call("serviceEncounter.dimension", () -> ServiceEncounter.of(null, 5, 5)),
      call("matchEvidence.kind", () -> MatchEvidence.of(null, "a@example.com")),
      call("interactionObject.stage", () -> InteractionObject.of("Regular buyers", null)),
      call("plannedContact.customer", () -> PlannedContact.of(null, DAY, Purpose.values()[0], "Spring greeting")),
      call("plannedContact.on", () -> PlannedContact.of(C1, null, Purpose.values()[0], "Spring greeting")),
      call("calendarRange.from", () -> CalendarRange.of(null, DAY)),
      call("calendarRange.to", () -> CalendarRange.of(DAY, DAY.minusDays(1))),
      call("complaintCommand.actor", () -> ComplaintCommand.of(null, ComplaintAction.of(ComplaintStep.CLOSE), "done")),
      call("complaintCommand.action", () -> ComplaintCommand.of(Handler.agent("e-1"), null, "done")),
      call("complaintCommand.resumeOn", () -> new ComplaintAction.Shelve(null)),
      call("complaintCommand.concessionCost", () -> new ComplaintAction.Compromise(Money.of("-1.00", "EUR"))),
      call("keyAccountAction.manager", () -> new KeyAccountAction.AssignManager(null)),
      call("keyAccountAction.causes", () -> new KeyAccountAction.Interrupt(Set.of())),
      call("keyAccountAction.causes", () -> new KeyAccountAction.Interrupt(null)),
      call("slaTarget.firstResponse", () -> SlaTarget.of(ComplaintSeverity.values()[0], Duration.ZERO,
          Duration.ofDays(1))),
      call("slaTarget.resolution", () -> SlaTarget.of(ComplaintSeverity.values()[0], Duration.ofHours(4),
          Duration.ofHours(1))),
      call("reopenWindow", () -> ComplaintGuards.reopenWithinWindow(Duration.ofDays(-1))),
      call("followUpAttempts", () -> ComplaintGuards.followUpBeforeClose(0)),
      call("minimumTenure", () -> KeyAccountGuards.noFrequentManagerChange(Duration.ZERO)),
      call("exchangeRate.rate", () -> ExchangeRate.of(Currency.getInstance("EUR"), Currency.getInstance("USD"),
          BigDecimal.ZERO)),
      call("exchangeRate.counter", () -> ExchangeRate.of(Currency.getInstance("EUR"), Currency.getInstance("EUR"),
          BigDecimal.ONE)),
      call("ratingScale.max", () -> RatingScale.of(Integer.MAX_VALUE, Integer.MIN_VALUE)),
      call("noNeedJudgement.judgedBy", () -> NoNeedJudgement.of("Bought elsewhere", null, DAY)));


  /** A valid playbook rule but for the field a target sets wrong. */
  private static ImmutablePlaybookRule.Builder rule() {
    return PlaybookRule.builder().name("soothe-first").priority(10).action("call back today")
        .addCondition(Condition.atLeast(Condition.Fact.OPEN_COMPLAINTS, 1));
  }

  /** Invalid for every text field. */
  private static List<String> invalidText() {
    List<String> values = new ArrayList<>();
    values.add(null);
    values.add("");
    values.add(" ");
    values.add("\t\n\u3000");
    values.add("x".repeat(100_000));
    return values;
  }

  /** Also invalid for ids, keys and codes. */
  private static List<String> invalidForms() {
    return List.of("a b", "a\u0000b", "\uD800", "e\u0301\u200B", "ｃ－１\u202E", "<script>", "a\nb");
  }

  private static void refused(FuzzTarget target, Runnable call, Object value) {
    Throwable thrown = catchThrowable(call::run);
    String shown = value == null ? "null" : value.toString().length() > 40 ? value.toString().length() + " chars"
        : "'" + value + "'";
    assertThat(thrown).as("%s with %s", target, shown).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(e.field() + " " + e.getMessage()).as("%s with %s", target, shown)
        .containsIgnoringCase(lastPart(target.field));
    assertThat(e.getMessage()).as("message length for %s", target).hasSizeLessThan(400);
  }

  private static String lastPart(String field) {
    return field.substring(field.lastIndexOf('.') + 1);
  }

  @Test
  void everyTextArgumentRefusesNullEmptyBlankAndOverLongTextByName() {
    for (FuzzTarget target : kind(t -> t.text != null)) {
      invalidText().forEach(value -> refused(target, () -> target.text.accept(value), value));
    }
  }

  @Test
  void everyIdRefusesWrongFormsOfUnicode() {
    for (FuzzTarget target : kind(t -> t.strictForm)) {
      invalidForms().forEach(value -> refused(target, () -> target.text.accept(value), value));
    }
  }

  @Test
  void everyNumberOutsideItsRangeIsRefusedByName() {
    for (FuzzTarget target : kind(t -> t.number != null)) {
      for (int bad : target.outOfRange) {
        refused(target, () -> target.number.accept(bad), bad);
      }
    }
  }

  @Test
  void everyOtherWrongArgumentIsRefusedByName() {
    for (FuzzTarget target : kind(t -> t.call != null)) {
      refused(target, target.call, "the wrong argument");
    }
  }

  @Test
  void generatedBlankAndOverLongTextIsRefusedByNameEverywhere() {
    qt().withExamples(PropertySize.examples(300))
        .forAll(arbitrary().pick(kind(t -> t.text != null)), blankOrOverLong())
        .checkAssert((target, value) -> refused(target, () -> target.text.accept(value), value));
  }

  /** Generated text no field accepts: white space of every kind, or longer than any text field allows. */
  private static Gen<String> blankOrOverLong() {
    Gen<String> blank = strings().betweenCodePoints(0, 0x3000).ofLengthBetween(1, 12)
        .map(s -> s.codePoints().map(c -> BLANKS.charAt(c % BLANKS.length()))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    Gen<String> overLong = integers().between(Require.MAX_TEXT_LENGTH + 1, 3 * Require.MAX_TEXT_LENGTH)
        .map(n -> "y".repeat(n));
    return blank.mix(overLong);
  }

  private static final String BLANKS = " \t\n\r\u000B\f\u00A0\u1680\u2000\u2007\u200A\u2028\u2029\u202F\u205F\u3000";

  private static List<FuzzTarget> kind(Predicate<FuzzTarget> kind) {
    return TARGETS.stream().filter(kind).toList();
  }

  @Test
  void negativeLevelsAreRefusedByName() {
    BigDecimal minusOne = new BigDecimal("-1");
    refused(text("promisedLevel", s -> { }), () -> Promise.ofLevel("delivery", "in -1 days", minusOne), minusOne);
    refused(text("expectedLevel", s -> { }),
        () -> Expectation.ofLevel("delivery", "in -1 days", minusOne, ExpectationSource.PAST_EXPERIENCE), minusOne);
  }
}
