package io.crmkit.core.fuzz;

import static io.crmkit.core.fuzz.FuzzTarget.id;
import static io.crmkit.core.fuzz.FuzzTarget.number;
import static io.crmkit.core.fuzz.FuzzTarget.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.PropertySize;
import io.crmkit.core.complaint.ComplaintId;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
          Integer.MAX_VALUE));

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
    qt().withExamples(PropertySize.examples(300))
        .forAll(arbitrary().pick(TARGETS.stream().filter(t -> t.text != null).toList()),
            arbitrary().pick(invalidText()))
        .checkAssert((target, value) -> refused(target, () -> target.text.accept(value), value));
  }

  @Test
  void everyIdRefusesWrongFormsOfUnicode() {
    qt().withExamples(PropertySize.examples(200))
        .forAll(arbitrary().pick(TARGETS.stream().filter(t -> t.strictForm).toList()),
            arbitrary().pick(invalidForms()))
        .checkAssert((target, value) -> refused(target, () -> target.text.accept(value), value));
  }

  @Test
  void everyNumberOutsideItsRangeIsRefusedByName() {
    List<FuzzTarget> numbers = TARGETS.stream().filter(t -> t.number != null).toList();
    qt().withExamples(PropertySize.examples(100))
        .forAll(arbitrary().pick(numbers), integers().between(0, 1_000))
        .checkAssert((target, i) -> {
          int bad = target.outOfRange[i % target.outOfRange.length];
          refused(target, () -> target.number.accept(bad), bad);
        });
  }

  @Test
  void negativeLevelsAreRefusedByName() {
    BigDecimal minusOne = new BigDecimal("-1");
    refused(text("promisedLevel", s -> { }), () -> Promise.ofLevel("delivery", "in -1 days", minusOne), minusOne);
    refused(text("expectedLevel", s -> { }),
        () -> Expectation.ofLevel("delivery", "in -1 days", minusOne, ExpectationSource.PAST_EXPERIENCE), minusOne);
  }
}
