package io.crmkit.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's three customers whose expectations need managing, the third being the unreasonable one:
 * compensation asked for a loss the customer caused himself. The firm does not try to meet it.
 */
class UnreasonableExpectationTest {
  private final ExpectationReview review = ExpectationReview.against(ExpectationManagementTest.BRANCH);

  @Test
  void aCustomerWhoAsksCompensationForHisOwnMistakeIsDeclinedCourteously() {
    CompensationClaim ownMistake = CompensationClaim.of("the fee for a transfer he keyed twice",
        Money.of("25.00", "EUR"), LossCause.CUSTOMER);

    assertThat(review.judge(ownMistake)).isEqualTo(ClaimVerdict.DECLINE_UNREASONABLE);
    ExpectationProblem problem = review.review(List.of(), List.of(ownMistake), CustomerMaturity.OCCASIONAL).get(0);
    assertThat(problem.type()).isEqualTo(ExpectationProblemType.UNREASONABLE);
    assertThat(problem.handling()).startsWith("hold the principle courteously");
  }

  @Test
  void aLossWeCausedIsCompensatedAndIsNoExpectationProblem() {
    CompensationClaim ourError = CompensationClaim.of("interest lost on a transfer we delayed",
        Money.of("12.40", "EUR"), LossCause.COMPANY);

    assertThat(review.judge(ourError)).isEqualTo(ClaimVerdict.COMPENSATE);
    assertThat(review.review(List.of(), List.of(ourError), CustomerMaturity.OCCASIONAL)).isEmpty();
  }

  @Test
  void beforeTheCauseIsEstablishedThereIsNoVerdictYet() {
    CompensationClaim unclear = CompensationClaim.of("a card swallowed by the machine", Money.of("30.00", "EUR"),
        LossCause.UNKNOWN);

    assertThat(review.judge(unclear)).isEqualTo(ClaimVerdict.ESTABLISH_FACTS_FIRST);
    assertThat(review.review(List.of(), List.of(unclear), CustomerMaturity.OCCASIONAL)).isEmpty();
  }
}
