package io.crmkit.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compensation claims: the verdict is a function of who caused the loss alone, and the expectation
 * review lists exactly the claims for losses the customer caused as unreasonable expectations.
 */
class ClaimVerdictProperties {
  private static final ExpectationReview REVIEW = ExpectationReview.against(ExpectationManagementTest.BRANCH);

  private static CompensationClaim claim(int cause, int cents) {
    return CompensationClaim.of("claim " + cents, Money.of(BigDecimal.valueOf(cents, 2).toPlainString(), "EUR"),
        LossCause.values()[cause]);
  }

  @Test
  void theVerdictDependsOnTheLossCauseAloneNeverOnTheAmount() {
    qt().forAll(integers().between(0, LossCause.values().length - 1), integers().between(1, 10_000_000),
        integers().between(1, 10_000_000)).checkAssert((cause, small, large) ->
        assertThat(REVIEW.judge(claim(cause, small))).isEqualTo(REVIEW.judge(claim(cause, large)))
            .isEqualTo(ClaimVerdict.of(LossCause.values()[cause])));
  }

  @Test
  void theReviewFlagsExactlyTheClaimsForLossesTheCustomerCaused() {
    qt().forAll(lists().of(integers().between(0, LossCause.values().length - 1)).ofSizeBetween(0, 8))
        .checkAssert(causes -> {
          List<CompensationClaim> claims = causes.stream().map(c -> claim(c, 100 + c)).toList();
          long unreasonable = REVIEW.review(List.of(), claims, CustomerMaturity.OCCASIONAL).stream()
              .filter(p -> p.type() == ExpectationProblemType.UNREASONABLE).count();
          assertThat(unreasonable).isEqualTo(claims.stream()
              .filter(c -> REVIEW.judge(c) == ClaimVerdict.DECLINE_UNREASONABLE).count());
        });
  }
}
