package io.crmkit.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.fit.Hypergeometric;
import io.crmkit.scoring.clv.fit.ModelNotConvergedException;
import io.crmkit.scoring.clv.fit.SeriesNotConvergedException;
import io.crmkit.scoring.clv.gammagamma.GammaGammaModel;
import io.crmkit.scoring.clv.gammagamma.GammaGammaParameters;
import io.crmkit.scoring.clv.history.DistinctHistories;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import io.crmkit.scoring.clv.value.CohortScores;
import io.crmkit.scoring.clv.value.CustomerScore;
import io.crmkit.scoring.clv.value.CustomerValueModel;
import io.crmkit.scoring.clv.value.DiscountedHorizon;
import io.crmkit.scoring.transactions.TransactionLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** How the CLV models summarise, refuse bad input, report failure and value a customer. */
class ClvValidationTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  private static TransactionLog smallLog() {
    return TransactionLog.builder(EUR)
        .add("ana", JAN_1, new BigDecimal("10.00"))
        .add("ana", JAN_1, new BigDecimal("5.00")) // same day: one occasion
        .add("ana", JAN_1.plusDays(14), new BigDecimal("20.00"))
        .add("ana", JAN_1.plusDays(28), new BigDecimal("40.00"))
        .add("ben", JAN_1.plusDays(7), new BigDecimal("12.50"))
        .add("ben", JAN_1.plusDays(70), new BigDecimal("30.00")) // in the hold-out
        .add("cai", JAN_1.plusDays(65), new BigDecimal("9.00")) // acquired in the hold-out
        .build();
  }

  @Test
  void aSummaryCountsRepeatOccasionsNotPurchasesAndKeepsTheHoldoutApart() {
    PurchaseHistories h = PurchaseHistories.split(smallLog(), JAN_1.plusDays(55), JAN_1.plusDays(90),
        PeriodUnit.WEEKS);
    assertThat(h.customers()).isEqualTo(2);
    assertThat(h.excludedCustomers()).isEqualTo(1);
    assertThat(h.customerId(0)).isEqualTo("ana");
    assertThat(h.frequency(0)).isEqualTo(2);
    assertThat(h.recency(0)).isEqualTo(4.0);
    assertThat(h.age(0)).isCloseTo(55 / 7.0, within(1e-12));
    assertThat(h.averageRepeatValue(0)).isEqualTo(30.0); // (20 + 40) / 2: the first day's 15 is not a repeat
    assertThat(h.frequency(1)).isZero();
    assertThat(h.holdoutPurchases(1)).isEqualTo(1);
    assertThat(h.holdoutLength()).isCloseTo(5.0, within(1e-12));
  }

  @Test
  void aCalibrationSummaryRefusesAPurchaseAfterItsEnd() {
    assertThatThrownBy(() -> PurchaseHistories.calibration(smallLog(), JAN_1.plusDays(55), PeriodUnit.WEEKS))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("calibrationEnd")
        .hasMessageContaining("PurchaseHistories.split");
  }

  @Test
  void aHoldoutMustBeLongerThanNothing() {
    assertThatThrownBy(() -> PurchaseHistories.split(smallLog(), JAN_1.plusDays(55), JAN_1.plusDays(55),
        PeriodUnit.WEEKS)).isInstanceOf(InvalidValueException.class).hasMessageContaining("holdoutEnd");
    assertThatThrownBy(() -> PurchaseHistories.split(smallLog(), JAN_1.plusDays(55), JAN_1.plusDays(60),
        PeriodUnit.WEEKS)).isInstanceOf(InvalidValueException.class).hasMessageContaining("holdoutEnd")
        .hasMessageContaining("must not precede a purchase");
    assertThatThrownBy(() -> PeriodUnit.ofDays(0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("periodUnit.days");
    assertThatThrownBy(() -> PeriodUnit.ofDays(-7)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aHistoryWhoseRecencyExceedsItsAgeIsRefused() {
    assertThatThrownBy(() -> DistinctHistories.of(new int[] {2}, new int[] {30}, new int[] {20}, PeriodUnit.DAYS))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("history.recency");
    BgNbdModel model = BgNbdModel.of(new BgNbdParameters(0.24, 4.4, 0.79, 2.4), PeriodUnit.WEEKS);
    assertThatThrownBy(() -> model.probabilityAlive(1, 10, 5)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recency");
    assertThatThrownBy(() -> new BgNbdParameters(0, 1, 1, 1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("bgnbd.r");
  }

  @Test
  void aCohortWithoutAnyRepeatPurchaseCannotBeFittedAndTheErrorSaysWhatToTry() {
    int n = 200;
    int[] ages = new int[n];
    for (int i = 0; i < n; i++) {
      ages[i] = 30 + i;
    }
    DistinctHistories none = DistinctHistories.of(new int[n], new int[n], ages, PeriodUnit.DAYS);
    assertThatThrownBy(() -> BgNbdModel.fit(none, FitOptions.DEFAULT.withMaxEvaluations(300)))
        .isInstanceOf(ModelNotConvergedException.class)
        .hasMessageContaining("BG/NBD fit did not converge on 200 customers")
        .hasMessageContaining("Tried: start (r=")
        .hasMessageContaining("a penalizer")
        .hasMessageContaining("another time unit")
        .satisfies(e -> assertThat(((ModelNotConvergedException) e).attempts()).hasSize(4));
  }

  @Test
  void theSeriesReportsThatItDidNotConverge() {
    assertThat(Hypergeometric.f21(1, 1, 2, 0.5)).isCloseTo(-Math.log(0.5) / 0.5, within(1e-14));
    assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1 - 1e-9)).isInstanceOf(SeriesNotConvergedException.class)
        .hasMessageContaining("did not converge after 1000000 terms");
    assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1.0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void discountedValueIsExpectedPurchasesTimesExpectedSpendDiscountedPerPeriod() {
    BgNbdModel purchases = BgNbdModel.of(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), PeriodUnit.WEEKS);
    GammaGammaModel spend = GammaGammaModel.of(new GammaGammaParameters(6.25, 3.74, 15.44));
    CustomerValueModel undiscounted = CustomerValueModel.of(purchases, spend, new DiscountedHorizon(4, 13, 0, 1),
        Currency.getInstance("USD"));
    CustomerScore s = undiscounted.score(2, 30.43, 38.86, 25.0);
    double expected = purchases.expectedPurchases(52, 2, 30.43, 38.86);
    assertThat(s.expectedPurchases()).isCloseTo(expected, within(1e-10));
    assertThat(s.expectedAverageValue()).isCloseTo(6.25 * (15.44 + 2 * 25.0) / (6.25 * 2 + 3.74 - 1), within(1e-12));
    assertThat(s.value().amount()).isEqualByComparingTo(
        BigDecimal.valueOf(expected * s.expectedAverageValue()).setScale(2, java.math.RoundingMode.HALF_EVEN));
    assertThat(s.value().amount().scale()).isEqualTo(2);

    CustomerValueModel discounted = CustomerValueModel.of(purchases, spend, new DiscountedHorizon(4, 13, 0.05, 0.3),
        Currency.getInstance("USD"));
    double manual = 0;
    double previous = 0;
    for (int k = 1; k <= 4; k++) {
      double e = purchases.expectedPurchases(13.0 * k, 2, 30.43, 38.86);
      manual += (e - previous) / Math.pow(1.05, k);
      previous = e;
    }
    manual *= 0.3 * s.expectedAverageValue();
    assertThat(discounted.score(2, 30.43, 38.86, 25.0).value().amount().doubleValue()).isCloseTo(manual,
        within(0.005));
  }

  @Test
  void aWholeCohortIsScoredIntoColumnsThatAgreeWithOneByOne() {
    PurchaseHistories h = PurchaseHistories.calibration(smallLog(), JAN_1.plusDays(90), PeriodUnit.WEEKS);
    CustomerValueModel model = CustomerValueModel.of(
        BgNbdModel.of(new BgNbdParameters(0.5, 3, 0.7, 2.5), PeriodUnit.WEEKS),
        GammaGammaModel.of(new GammaGammaParameters(6, 4, 15)), new DiscountedHorizon(12, 4, 0.01, 1), EUR);
    CohortScores all = model.scoreAll(h);
    assertThat(all.customers()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      CustomerScore one = model.score(h.frequency(i), h.recency(i), h.age(i), h.averageRepeatValue(i));
      assertThat(all.value(i)).isEqualTo(one.value());
      assertThat(all.probabilityAlive(i)).isEqualTo(one.probabilityAlive());
    }
    int[] top = all.top(3);
    assertThat(top).hasSize(3);
    assertThat(all.valueAmount(top[0])).isGreaterThanOrEqualTo(all.valueAmount(top[1]));
    assertThat(Arrays.stream(top).sorted().toArray()).containsExactly(0, 1, 2);
    assertThat(all.totalValue().currency()).isEqualTo(EUR);
  }
}
