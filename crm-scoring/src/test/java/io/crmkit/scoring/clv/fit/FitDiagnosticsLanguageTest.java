package io.crmkit.scoring.clv.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.clv.value.DiscountedHorizon;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A fit's diagnostics and a value horizon read in English as before and in Chinese for the course report. */
class FitDiagnosticsLanguageTest {
  private static final FitDiagnostics FIT = new FitDiagnostics(-9582.42917, 3, 133, 9.34e-17, true,
      List.of(1.0, 16.0, 1.0, 3.0), FitMessage.METHOD_TEXT, 2357, 1016, 0);

  @Test
  void theEnglishLineIsTheSameThroughTheExplanation() {
    assertThat(FIT.describe(Locale.ENGLISH)).isEqualTo(FIT.describe()).isEqualTo("log-likelihood -9582.4292, "
        + "3 iterations, 133 evaluations, gradient norm 9.34e-17, converged, from [1.0, 16.0, 1.0, 3.0] "
        + "(BOBYQA search, Levenberg-Marquardt on the score equations; 2,357 customers, 1,016 distinct histories)");
    FitDiagnostics sampled = new FitDiagnostics(-1, 1, 2, 1e-9, false, List.of(1.0), "BOBYQA search on 500 sampled"
        + " histories, Levenberg-Marquardt on the score equations", 10, 9, 0.01);
    assertThat(sampled.describe(Locale.ENGLISH)).isEqualTo(sampled.describe());
  }

  @Test
  void theChineseLineNamesTheMethodAndTheConvergenceInChinese() {
    assertThat(FIT.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("对数似然 -9582.4292，迭代 3 次，计算似然 133 次，"
        + "梯度范数 9.34e-17，已收敛，初始值 [1.0, 16.0, 1.0, 3.0]（先用 BOBYQA 搜索，再用 Levenberg-Marquardt 法求解得分方程；"
        + "2,357 位客户，1,016 种不同的购买历史）");
  }

  @Test
  void aMethodAnotherFitterNamesReadsAsGiven() {
    FitDiagnostics other = new FitDiagnostics(-1, 1, 2, 1e-9, true, List.of(1.0), "Nelder-Mead", 10, 9, 0);
    assertThat(other.describe(Locale.SIMPLIFIED_CHINESE)).contains("（Nelder-Mead；10 位客户");
  }

  @Test
  void aHorizonReadsInBothLanguages() {
    DiscountedHorizon year = new DiscountedHorizon(12, 30.0 / 7, 0.01, 1);
    assertThat(year.describe(Locale.ENGLISH)).isEqualTo(year.describe());
    assertThat(year.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("12 期，每期 4.286 个时间单位，每期折现率 1.000%，利润率 100.0%");
  }
}
