package io.crmkit.scoring.clv;

import io.crmkit.scoring.PropertySize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import io.crmkit.scoring.clv.bgnbd.PurchaseCurves;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import org.junit.jupiter.api.Test;

/** The rules of the BG/NBD that must hold for any parameters and any valid history. */
class ClvProperties {

  @Test
  void theLikelihoodIsFiniteForAnyValidHistoryIncludingThousandsOfPurchases() {
    qt().withExamples(PropertySize.examples(300)).forAll(ClvGen.bgnbd(), ClvGen.histories()).checkAssert((p, h) -> {
      DistinctHistories one = DistinctHistories.of(new int[] {h[0]}, new int[] {h[1]}, new int[] {h[2]},
          PeriodUnit.WEEKS);
      double ll = BgNbdModel.of(p, PeriodUnit.WEEKS).logLikelihood(one);
      assertThat(ll).isFinite(); // a density in recency, so it may exceed 0
      // Where the textbook formula (eq. 6, in plain powers) does not overflow, both agree.
      double naive = naiveLikelihood(p, h[0], h[1] / 7.0, h[2] / 7.0);
      if (Double.isFinite(naive) && naive > 1e-290 && naive < 1e290) {
        assertThat(ll).isCloseTo(Math.log(naive), org.assertj.core.api.Assertions.within(1e-8 * (1 + Math.abs(ll))));
      }
    });
  }

  private static double naiveLikelihood(BgNbdParameters p, int x, double tx, double T) {
    double r = p.r();
    double alpha = p.alpha();
    double a = p.a();
    double b = p.b();
    double common = Math.exp(org.hipparchus.special.Gamma.logGamma(r + x) - org.hipparchus.special.Gamma.logGamma(r))
        * Math.pow(alpha, r);
    double lnBab = org.hipparchus.special.Beta.logBeta(a, b);
    double alive = Math.exp(org.hipparchus.special.Beta.logBeta(a, b + x) - lnBab) * common
        / Math.pow(alpha + T, r + x);
    if (x == 0) {
      return alive;
    }
    return alive + Math.exp(org.hipparchus.special.Beta.logBeta(a + 1, b + x - 1) - lnBab) * common
        / Math.pow(alpha + tx, r + x);
  }

  @Test
  void theLikelihoodOfThousandsOfPurchasesStaysFiniteWhereTheTextbookFormulaOverflows() {
    BgNbdParameters p = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
    DistinctHistories heavy = DistinctHistories.of(new int[] {2_000}, new int[] {250}, new int[] {272},
        PeriodUnit.WEEKS);
    assertThat(naiveLikelihood(p, 2_000, 250 / 7.0, 272 / 7.0)).isNotFinite();
    assertThat(BgNbdModel.of(p, PeriodUnit.WEEKS).logLikelihood(heavy)).isFinite();
  }

  @Test
  void aCustomerWithoutRepeatPurchasesIsAlive() {
    qt().withExamples(PropertySize.examples(100)).forAll(ClvGen.bgnbd(), doubles().between(0, 500)).checkAssert((p, T) ->
        assertThat(BgNbdModel.of(p, PeriodUnit.WEEKS).probabilityAlive(0, 0, T)).isEqualTo(1.0));
  }

  @Test
  void theLongerSinceTheLastPurchaseTheLessLikelyTheCustomerIsAlive() {
    qt().withExamples(PropertySize.examples(200)).forAll(ClvGen.bgnbd(), integers().between(1, 500), doubles().between(1, 200),
        doubles().between(0, 1)).checkAssert((p, x, T, share) -> {
          BgNbdModel model = BgNbdModel.of(p, PeriodUnit.WEEKS);
          double recent = T * (0.5 + share / 2);
          double older = T * share / 2;
          double pRecent = model.probabilityAlive(x, recent, T);
          double pOlder = model.probabilityAlive(x, older, T);
          assertThat(pOlder).isBetween(0.0, 1.0).isLessThanOrEqualTo(pRecent);
        });
  }

  @Test
  void expectedPurchasesGrowWithTheHorizon() {
    qt().withExamples(PropertySize.examples(200)).forAll(ClvGen.plausible(), ClvGen.histories(), doubles().between(0.1, 100),
        doubles().between(0.1, 100)).checkAssert((p, h, t1, dt) -> {
          BgNbdModel model = BgNbdModel.of(p, PeriodUnit.DAYS);
          double e1 = model.expectedPurchases(t1, h[0], h[1], h[2]);
          double e2 = model.expectedPurchases(t1 + dt, h[0], h[1], h[2]);
          assertThat(e1).isGreaterThanOrEqualTo(0); // 0 when P(alive) underflows: a long-gone heavy buyer
          assertThat(e2).isGreaterThanOrEqualTo(e1 * (1 - 1e-12));
        });
  }

  @Test
  void theBatchCurvesAgreeWithTheSingleCustomerExpectation() {
    qt().withExamples(PropertySize.examples(150)).forAll(ClvGen.plausible(), ClvGen.histories(), doubles().between(1, 400))
        .checkAssert((p, h, t) -> {
          BgNbdModel model = BgNbdModel.of(p, PeriodUnit.DAYS);
          PurchaseCurves curves = model.curves(t / 3, t);
          double[] out = new double[2];
          double alive = curves.fill(h[0], h[1], h[2], out);
          assertThat(alive).isEqualTo(model.probabilityAlive(h[0], h[1], h[2]));
          double single = model.expectedPurchases(t, h[0], h[1], h[2]);
          assertThat(out[1]).isCloseTo(single, org.assertj.core.api.Assertions.within(1e-10 * (1 + single)));
        });
  }

  @Test
  void theProbabilitiesOfExactlyNPurchasesSumToOneAndTheirMeanIsTheExpectation() {
    qt().withExamples(PropertySize.examples(40)).forAll(ClvGen.plausible(), integers().between(0, 10), doubles().between(0, 1))
        .checkAssert((p, x, share) -> {
          BgNbdModel model = BgNbdModel.of(p, PeriodUnit.DAYS);
          double T = 100;
          double tx = x == 0 ? 0 : T * share;
          double t = 30;
          double total = 0;
          double mean = 0;
          for (int n = 0; n < 400; n++) {
            double pn = model.probabilityOfPurchases(n, t, x, tx, T);
            total += pn;
            mean += n * pn;
          }
          assertThat(total).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
          assertThat(mean).isCloseTo(model.expectedPurchases(t, x, tx, T),
              org.assertj.core.api.Assertions.within(1e-4 * (1 + mean)));
        });
  }

  @Test
  void fittingASimulatedCohortRecoversTheParametersItWasDrawnFrom() {
    BgNbdParameters truth = new BgNbdParameters(0.5, 30, 0.7, 3.0);
    qt().withExamples(PropertySize.examples(3)).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      int[][] cohort = ClvGen.simulate(truth, 6_000, 200, 365, seed);
      BgNbdModel fitted = BgNbdModel.fit(DistinctHistories.of(cohort[0], cohort[1], cohort[2], PeriodUnit.DAYS),
          FitOptions.DEFAULT);
      BgNbdParameters p = fitted.parameters();
      BgNbdParameters se = fitted.standardErrors().orElseThrow();
      // within four standard errors of the truth (and the errors themselves small)
      assertThat(Math.abs(p.r() - truth.r())).isLessThan(4 * se.r());
      assertThat(Math.abs(p.alpha() - truth.alpha())).isLessThan(4 * se.alpha());
      assertThat(Math.abs(p.a() - truth.a())).isLessThan(4 * se.a());
      assertThat(Math.abs(p.b() - truth.b())).isLessThan(4 * se.b());
      assertThat(se.r() / truth.r()).isLessThan(0.1);
    });
  }
}
