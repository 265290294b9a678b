package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.PlannedAction;
import io.crmkit.core.customer.classification.CustomerClassifier;
import io.crmkit.core.customer.classification.FollowUpUrgency;
import io.crmkit.core.money.Money;
import io.crmkit.core.satisfaction.Capability;
import io.crmkit.core.satisfaction.CapabilityCatalogue;
import io.crmkit.core.satisfaction.ClaimVerdict;
import io.crmkit.core.satisfaction.CompensationClaim;
import io.crmkit.core.satisfaction.CustomerMaturity;
import io.crmkit.core.satisfaction.Expectation;
import io.crmkit.core.satisfaction.ExpectationProblem;
import io.crmkit.core.satisfaction.ExpectationProblemType;
import io.crmkit.core.satisfaction.ExpectationReview;
import io.crmkit.core.satisfaction.ExpectationSource;
import io.crmkit.core.satisfaction.LossCause;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snippets proposed in NOTES-fidelity.md for the guide: expectations by source with the
 * unreasonable claim, and the follow-up urgency classes of seed 003, compiled and checked.
 */
class ReadmeExpectationSnippetsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void expectationsAreReviewedBeforeTheServiceAndTheUnreasonableClaimIsDeclined() {
    // README: expectation-review
    CapabilityCatalogue branch = CapabilityCatalogue.of(
        Capability.level("loan-decision", "a decision on a personal loan", new BigDecimal("3"),
            Capability.Direction.LOWER_IS_BETTER, "working days"),
        Capability.feature("sunday-opening", "opening on Sundays", false));
    ExpectationReview review = ExpectationReview.against(branch);
    List<Expectation> expectations = List.of(
        Expectation.ofLevel("loan-decision", "two days, as at my old bank", new BigDecimal("2"),
            ExpectationSource.PAST_EXPERIENCE),                                      // TOO_HIGH
        Expectation.ofFeature("sunday-opening", "a friend says you open on Sundays",
            ExpectationSource.WORD_OF_MOUTH));                                       // MISTAKEN
    CompensationClaim ownMistake = CompensationClaim.of("the fee for a transfer he keyed twice",
        Money.of("25.00", "EUR"), LossCause.CUSTOMER);
    List<ExpectationProblem> problems = review.review(expectations, List.of(ownMistake), CustomerMaturity.FIRST_TIME);
    ClaimVerdict verdict = review.judge(ownMistake);                                 // DECLINE_UNREASONABLE
    // README: end

    assertThat(problems).extracting(ExpectationProblem::type).containsExactlyInAnyOrder(
        ExpectationProblemType.TOO_HIGH, ExpectationProblemType.MISTAKEN, ExpectationProblemType.UNREASONABLE);
    assertThat(verdict).isEqualTo(ClaimVerdict.DECLINE_UNREASONABLE);
  }

  @Test
  void theNextActionsDueDateGivesTheFollowUpUrgency() {
    // README: follow-up-urgency
    CustomerClassifier classifier = CustomerClassifier.of(Money.of("10000", "EUR"));
    Customer acme = Customer.organization(CustomerId.of("c-005"), "Acme Trading Co.");
    Customer planned = Customer.builder().from(acme).nextAction(PlannedAction.of(
        "offer round-the-clock support before the new plant opens", LocalDate.of(2026, 3, 25))).build();
    FollowUpUrgency urgency = classifier.classify(planned, CLOCK).followUpUrgency().orElseThrow();  // SOON: 23 days
    // README: end

    assertThat(urgency).isEqualTo(FollowUpUrgency.SOON);
    assertThat(classifier.classify(acme, CLOCK).followUpUrgency()).isEmpty();
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeExpectationSnippetsTest")).isEqualTo(2);
  }
}
