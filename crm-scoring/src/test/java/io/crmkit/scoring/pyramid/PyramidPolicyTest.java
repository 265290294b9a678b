package io.crmkit.scoring.pyramid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A pyramid policy sets the tiers either by rank (three positive shares that leave room for the
 * small customers) or by value (three falling minimums, none negative), never both, never neither.
 */
class PyramidPolicyTest {

  private static void refused(Runnable policy, String rule) {
    assertThatThrownBy(policy::run).isInstanceOf(InvalidValueException.class).hasMessageContaining(rule);
  }

  @Test
  void sharesByRankArePositiveAndLeaveSomeCustomersSmall() {
    assertThat(PyramidPolicy.byRank(0.01, 0.04, 0.15).rankShares()).contains(Map.of(PyramidTier.KEY, 0.01,
        PyramidTier.MAJOR, 0.04, PyramidTier.ORDINARY, 0.15));
    assertThat(PyramidPolicy.byRank(0.2, 0.3, 0.49).rankShares()).isPresent();
    String rule = "pyramidPolicy.rankShares must be three positive shares adding up to less than 1";
    refused(() -> PyramidPolicy.byRank(0, 0.04, 0.15), rule);
    refused(() -> PyramidPolicy.byRank(0.01, 0, 0.15), rule);
    refused(() -> PyramidPolicy.byRank(0.01, 0.04, 0), rule);
    refused(() -> PyramidPolicy.byRank(0.01, 0.04, -0.15), rule);
    refused(() -> PyramidPolicy.byRank(0.2, 0.3, 0.5), rule);
    refused(() -> PyramidPolicy.byRank(0.5, 0.3, 0.2), rule);
  }

  @Test
  void minimumsByValueFallFromKeyToOrdinaryAndAreNotNegative() {
    assertThat(PyramidPolicy.byValue(9_000, 5_000, 1_000).valueMinimums()).contains(Map.of(PyramidTier.KEY,
        9_000L, PyramidTier.MAJOR, 5_000L, PyramidTier.ORDINARY, 1_000L));
    assertThat(PyramidPolicy.byValue(2, 1, 0).valueMinimums()).isPresent();
    String rule = "pyramidPolicy.valueMinimums must be three falling, non-negative minimums";
    refused(() -> PyramidPolicy.byValue(5_000, 5_000, 1_000), rule);
    refused(() -> PyramidPolicy.byValue(9_000, 1_000, 1_000), rule);
    refused(() -> PyramidPolicy.byValue(9_000, 5_000, -1), rule);
  }

  @Test
  void aPolicySetsTiersOneWayOnly() {
    refused(() -> ImmutablePyramidPolicy.builder().build(), "pyramidPolicy must set tiers either by rank or by value");
    refused(() -> ImmutablePyramidPolicy.builder().from(PyramidPolicy.byRank(0.01, 0.04, 0.15))
        .valueMinimums(Optional.of(Map.of(PyramidTier.KEY, 3L, PyramidTier.MAJOR, 2L, PyramidTier.ORDINARY, 1L)))
        .build(), "pyramidPolicy must set tiers either by rank or by value");
  }

  @Test
  void theDescriptionNamesTheCutOffsAnExplanationCites() {
    assertThat(PyramidPolicy.DEFAULT.describe())
        .isEqualTo("by rank: key top 1%, major next 4%, ordinary next 15%, small the rest");
    assertThat(PyramidPolicy.byValue(9_000, 5_000, 1_000).describe())
        .isEqualTo("by value: key from 9000, major from 5000, ordinary from 1000 (minor units)");
  }
}
