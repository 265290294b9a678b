package io.crmkit.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expectation management at a bank branch: what we can deliver, and what customers expect. */
class ExpectationManagementTest {
  static final CapabilityCatalogue BRANCH = CapabilityCatalogue.of(
      Capability.level("loan-decision", "a decision on a personal loan", new BigDecimal("3"),
          Capability.Direction.LOWER_IS_BETTER, "working days"),
      Capability.level("savings-rate", "interest on instant-access savings", new BigDecimal("1.50"),
          Capability.Direction.HIGHER_IS_BETTER, "% a year"),
      Capability.feature("sunday-opening", "opening on Sundays", false),
      Capability.feature("mobile-banking", "banking in the mobile app", true));

  private final ExpectationReview review = ExpectationReview.against(BRANCH);

  @Test
  void anExpectationWeCanMeetIsNoProblem() {
    assertThat(review.problemWith(Expectation.ofLevel("loan-decision", "within the week", new BigDecimal("5"),
        ExpectationSource.PAST_EXPERIENCE), CustomerMaturity.OCCASIONAL)).isEmpty();
    assertThat(review.problemWith(Expectation.ofFeature("mobile-banking", "I can use the app",
        ExpectationSource.WORD_OF_MOUTH), CustomerMaturity.OCCASIONAL)).isEmpty();
  }

  @Test
  void anExpectationBeyondOurCapabilityIsTooHighAndGraded() {
    ExpectationProblem tomorrow = review.problemWith(Expectation.ofLevel("loan-decision", "a decision tomorrow",
        new BigDecimal("1"), ExpectationSource.WORD_OF_MOUTH), CustomerMaturity.FIRST_TIME).orElseThrow();
    ExpectationProblem rate = review.problemWith(Expectation.ofLevel("savings-rate", "1.7% like online banks",
        new BigDecimal("1.70"), ExpectationSource.PAST_EXPERIENCE), CustomerMaturity.EXPERIENCED).orElseThrow();

    assertThat(tomorrow.type()).isEqualTo(ExpectationProblemType.TOO_HIGH);
    assertThat(tomorrow.severity()).isEqualTo(ExpectationProblemSeverity.HIGH);  // two thirds faster than we can
    assertThat(tomorrow.reason()).isEqualTo("expects 1 working days, we deliver 3 working days");
    assertThat(tomorrow.handling()).startsWith("reset it before the service").endsWith("explain step by step how the service works");
    assertThat(rate.severity()).isEqualTo(ExpectationProblemSeverity.LOW);        // 13% above what we pay
    assertThat(rate.handling()).endsWith("state the facts briefly and compare with the market");
  }

  @Test
  void anExpectationWeSetOurselvesWeighsOneLevelHeavier() {
    Expectation heardFromFriend = Expectation.ofLevel("savings-rate", "1.7%", new BigDecimal("1.70"),
        ExpectationSource.WORD_OF_MOUTH);
    Expectation heardFromUs = Expectation.ofLevel("savings-rate", "1.7%", new BigDecimal("1.70"),
        ExpectationSource.COMPANY_PROMISES);
    assertThat(review.problemWith(heardFromFriend, CustomerMaturity.OCCASIONAL).orElseThrow().severity())
        .isEqualTo(ExpectationProblemSeverity.LOW);
    assertThat(review.problemWith(heardFromUs, CustomerMaturity.OCCASIONAL).orElseThrow().severity())
        .isEqualTo(ExpectationProblemSeverity.MEDIUM);
  }

  @Test
  void expectingAFeatureWeDoNotOfferIsAMistakenExpectation() {
    ExpectationProblem sunday = review.problemWith(Expectation.ofFeature("sunday-opening", "you open on Sundays",
        ExpectationSource.PERSONAL_NEEDS), CustomerMaturity.OCCASIONAL).orElseThrow();
    ExpectationProblem unknown = review.problemWith(Expectation.ofFeature("free-safe-deposit-box",
        "a free safe-deposit box comes with the account", ExpectationSource.WORD_OF_MOUTH),
        CustomerMaturity.OCCASIONAL).orElseThrow();

    assertThat(sunday.type()).isEqualTo(ExpectationProblemType.MISTAKEN);
    assertThat(sunday.reason()).isEqualTo("we do not offer opening on Sundays");
    assertThat(unknown.type()).isEqualTo(ExpectationProblemType.MISTAKEN);
    assertThat(unknown.reason()).contains("we offer nothing called 'free-safe-deposit-box'");
  }

  @Test
  void compensationForALossTheCustomerCausedIsUnreasonable() {
    List<ExpectationProblem> problems = review.review(List.of(), List.of(
        CompensationClaim.of("card fees after sharing the PIN", Money.of("300.00", "EUR"), LossCause.CUSTOMER),
        CompensationClaim.of("double debit by our system", Money.of("45.00", "EUR"), LossCause.COMPANY)),
        CustomerMaturity.EXPERIENCED);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ExpectationProblemType.UNREASONABLE);
      assertThat(p.handling()).startsWith("hold the principle courteously");
    });
  }

  @Test
  void problemsComeMostPressingFirst() {
    List<ExpectationProblem> problems = review.review(List.of(
        Expectation.ofLevel("savings-rate", "1.7%", new BigDecimal("1.70"), ExpectationSource.WORD_OF_MOUTH),
        Expectation.ofLevel("loan-decision", "tomorrow", new BigDecimal("1"), ExpectationSource.COMPANY_PROMISES)),
        List.of(), CustomerMaturity.OCCASIONAL);
    assertThat(problems).extracting(ExpectationProblem::subject).containsExactly("loan-decision", "savings-rate");
    assertThat(problems).extracting(ExpectationProblem::priority).containsExactly(9, 3);
  }

  @Test
  void thePromiseCheckCatchesAnOverPromiseBeforeItIsMade() {
    List<ExpectationProblem> over = PromiseCheck.against(BRANCH).overPromises(List.of(
        Promise.ofLevel("loan-decision", "You'll have your answer in two days", new BigDecimal("2")),
        Promise.ofLevel("loan-decision", "You'll have your answer within a week", new BigDecimal("5")),
        Promise.ofFeature("mobile-banking", "You can do all this in the app")), CustomerMaturity.FIRST_TIME);

    assertThat(over).singleElement().satisfies(p -> {
      assertThat(p.statement()).isEqualTo("You'll have your answer in two days");
      assertThat(p.source()).isEqualTo(ExpectationSource.COMPANY_PROMISES);
      assertThat(p.severity()).isEqualTo(ExpectationProblemSeverity.HIGH);  // a third beyond (MEDIUM), raised: our own promise
    });
  }

  @Test
  void aLevelExpectationNeedsALevel() {
    assertThatThrownBy(() -> review.problemWith(Expectation.ofFeature("loan-decision", "quickly",
        ExpectationSource.PERSONAL_NEEDS), CustomerMaturity.OCCASIONAL))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("expectation.expectedLevel");
  }

  @Test
  void aCatalogueDeclaresEachCapabilityOnce() {
    Capability app = Capability.feature("mobile-banking", "the app", true);
    assertThatThrownBy(() -> CapabilityCatalogue.of(app, app)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("capabilityCatalogue.capabilities.key must not contain duplicates");
  }
}
