package io.crmkit.scoring.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class ParetoAnalysisTest {
  // Ten customers: two bring 80% of the value.
  private static final long[] TEN = {4000, 4000, 300, 300, 300, 300, 200, 200, 200, 200};

  @Test
  void twoOfTenCustomersBringEightyPercent() {
    ParetoAnalysis a = ParetoAnalysis.of(TEN);
    assertThat(a.customerShareFor(0.8)).isEqualTo(0.2);
    assertThat(a.valueShareOfTop(0.2)).isEqualTo(0.8);
    assertThat(a.describe()).startsWith("The top 20% of customers bring 80.0% of the value; 80% of the value "
        + "comes from 20.0% of the customers");
  }

  @Test
  void abcClassesFollowTheCumulativeShareAndTiesShareAClass() {
    ParetoAnalysis a = ParetoAnalysis.of(TEN);
    // Before the first 4000: 0% -> A; before the second: 40% -> A; before the 300s: 80% -> B (ties share);
    // before the 200s: 92% -> B; all equal so all B.
    assertThat(a.classOf(0, AbcPolicy.DEFAULT)).isEqualTo(AbcClass.A);
    assertThat(a.classOf(1, AbcPolicy.DEFAULT)).isEqualTo(AbcClass.A);
    assertThat(a.classOf(2, AbcPolicy.DEFAULT)).isEqualTo(AbcClass.B);
    assertThat(a.classOf(9, AbcPolicy.DEFAULT)).isEqualTo(AbcClass.B);
    assertThat(a.classCounts(ImmutableAbcPolicy.builder().aUpTo(0.5).bUpTo(0.85).build()).values())
        .containsExactly(2, 4, 4);
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> ParetoAnalysis.of(new long[0])).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("values must hold at least one customer");
    assertThatThrownBy(() -> ParetoAnalysis.of(new long[] {5, -1})).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("values must not be negative");
    assertThatThrownBy(() -> ImmutableAbcPolicy.builder().aUpTo(0.9).bUpTo(0.8).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("abcPolicy");
  }
}
