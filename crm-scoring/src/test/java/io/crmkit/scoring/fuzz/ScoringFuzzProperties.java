package io.crmkit.scoring.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.PropertySize;
import io.crmkit.scoring.clv.LifetimeValue;
import io.crmkit.scoring.rfm.RfmSegment;
import io.crmkit.scoring.transactions.ReadOptions;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.scoring.churn.ChurnRate;
import io.crmkit.scoring.churn.ChurnRules;
import io.crmkit.scoring.churn.ChurnSignal;
import io.crmkit.scoring.churn.LostProduct;
import io.crmkit.scoring.churn.ProductActivity;
import io.crmkit.scoring.churn.ProductChurnPolicy;
import io.crmkit.scoring.cooperation.CooperationAssessment;
import io.crmkit.scoring.cooperation.CooperationClass;
import io.crmkit.scoring.lifecycle.LifecyclePolicy;
import io.crmkit.scoring.pareto.ImmutableAbcPolicy;
import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.pyramid.PyramidPolicy;
import io.crmkit.scoring.rank.SortedValues;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public factories of crm-scoring driven with invalid values: each refused with an
 * {@link InvalidValueException} naming the field. To cover a new factory add one line to
 * {@link #CASES}: {@code bad("field", () -> Factory.of(badValue))}.
 */
class ScoringFuzzProperties {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Money TEN = Money.of("10.00", "EUR");
  private static final CustomerId C1 = CustomerId.of("c-1");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final ParetoAnalysis PARETO = ParetoAnalysis.of(new long[] {500, 300, 200});

  /** A call that must be refused, and the field its refusal must name. */
  record Case(String field, Runnable call) {
    @Override
    public String toString() {
      return field;
    }
  }

  private static Case bad(String field, Runnable call) {
    return new Case(field, call);
  }

  private static TransactionFormat.Layout delimited() {
    return TransactionFormat.Layout.DELIMITED;
  }

  static final List<Case> CASES = List.of(
      bad("customerId", () -> TransactionLog.builder(EUR).customer(null)),
      bad("customerId", () -> TransactionLog.builder(EUR).customer(" ")),
      bad("customerId", () -> TransactionLog.builder(EUR).customer("c".repeat(1_000))),
      bad("amount", () -> TransactionLog.builder(EUR).addMinor("c", 0, -1)),
      bad("amount", () -> TransactionLog.builder(EUR).add("c", java.time.LocalDate.EPOCH, new BigDecimal("1e999999999"))),
      bad("amount", () -> TransactionLog.builder(EUR).add("c", java.time.LocalDate.EPOCH, new BigDecimal("0.001"))),
      bad("currency", () -> TransactionLog.builder(null)),
      bad("datePattern", () -> TransactionFormat.builder().from(TransactionFormat.csv(EUR)).datePattern("{{").build()),
      bad("datePattern", () -> TransactionFormat.builder().from(TransactionFormat.csv(EUR)).datePattern(" ").build()),
      bad("separator", () -> TransactionFormat.builder().from(TransactionFormat.csv(EUR)).separator('"').build()),
      bad("separator", () -> TransactionFormat.builder().from(TransactionFormat.csv(EUR)).decimalComma(true).build()),
      bad("columns", () -> TransactionFormat.builder().from(TransactionFormat.csv(EUR)).columns(2).build()),
      bad("column", () -> TransactionFormat.builder().from(TransactionFormat.csv(EUR)).amountColumn(-1).build()),
      bad("column", () -> TransactionFormat.builder().layout(delimited()).columns(3).customerColumn(0).dateColumn(0)
          .amountColumn(2).currency(EUR).build()),
      bad("layout", () -> TransactionFormat.builder().columns(3).customerColumn(0).dateColumn(1).amountColumn(2)
          .currency(EUR).build()),
      bad("maxBadShare", () -> ReadOptions.builder().maxBadShare(1.5).build()),
      bad("maxBadShare", () -> ReadOptions.builder().maxBadShare(Double.NaN).build()),
      bad("allBadRows", () -> ReadOptions.builder().allBadRows(-1).build()),
      bad("progressEvery", () -> ReadOptions.builder().progressEvery(0).build()),
      bad("retention", () -> LifetimeValue.of(TEN, new BigDecimal("1.01"), BigDecimal.ZERO, 3)),
      bad("retention", () -> LifetimeValue.of(TEN, null, BigDecimal.ZERO, 3)),
      bad("discount", () -> LifetimeValue.of(TEN, BigDecimal.ONE, new BigDecimal("-0.1"), 3)),
      bad("periods", () -> LifetimeValue.of(TEN, BigDecimal.ONE, BigDecimal.ZERO, 0)),
      bad("marginPerPeriod", () -> LifetimeValue.of(null, BigDecimal.ONE, BigDecimal.ZERO, 3)),
      bad("name", () -> RfmSegment.of(null, 1, 5, 1, 5, 1, 5)),
      bad("name", () -> RfmSegment.of(" ", 1, 5, 1, 5, 1, 5)),
      bad("score ranges", () -> RfmSegment.of("x", 0, 5, 1, 5, 1, 5)),
      bad("score ranges", () -> RfmSegment.of("x", 1, 5, 1, 5, 1, 6)),
      // churn
      bad("lostAfterDays", () -> new ProductChurnPolicy(0)),
      bad("product", () -> new ProductActivity(C1, " ", DAY)),
      bad("product", () -> new ProductActivity(C1, "p".repeat(100_000), DAY)),
      bad("customer", () -> new ProductActivity(null, "bond fund", DAY)),
      bad("factor", () -> ChurnRules.overdue(0.5)),
      bad("factor", () -> ChurnRules.partialChurn(-1)),
      bad("periodDays", () -> ChurnRules.fallingSpend(0, new BigDecimal("0.3"))),
      bad("drop", () -> ChurnRules.fallingSpend(90, BigDecimal.ONE)),
      bad("drop", () -> ChurnRules.fallingSpend(90, null)),
      bad("rule", () -> ChurnSignal.of(C1, " ", "spend fell by half")),
      bad("reason", () -> ChurnSignal.of(C1, "falling-spend", "")),
      bad("product", () -> new LostProduct(null, DAY, DAY.plusDays(90))),
      bad("lostOn", () -> new LostProduct("bond fund", DAY, DAY)),
      bad("label", () -> new ChurnRate("\u3000", 10, 1, 1)),
      bad("customers", () -> new ChurnRate("all", -1, 0, 0)),
      bad("full", () -> new ChurnRate("all", 10, 6, 5)),
      // lifecycle, cooperation, pareto, rank
      bad("windowDays", () -> new LifecyclePolicy(0, 91, 182, 182, 0.20, 2, 0.30, 0.15)),
      bad("maturityTenureDays", () -> new LifecyclePolicy(91, 91, 90, 182, 0.20, 2, 0.30, 0.15)),
      bad("growthRise", () -> new LifecyclePolicy(91, 91, 182, 182, Double.NaN, 2, 0.30, 0.15)),
      bad("declineDrop", () -> new LifecyclePolicy(91, 91, 182, 182, 0.20, 2, 1.0, 0.15)),
      bad("steadyBand", () -> new LifecyclePolicy(91, 91, 182, 182, 0.20, 2, 0.30, 0.25)),
      bad("customer", () -> CooperationAssessment.of(null, CooperationClass.values()[0], List.of())),
      bad("values", () -> ParetoAnalysis.of((long[]) null)),
      bad("values", () -> ParetoAnalysis.of(new long[0])),
      bad("values", () -> SortedValues.of(new long[] {3, -1})),
      bad("pyramidPolicy", () -> PyramidPolicy.byRank(-0.1, 0.04, 0.15)),
      bad("pyramidPolicy", () -> PyramidPolicy.byValue(10, 100, 1_000)),
      bad("valueShare", () -> PARETO.customerShareFor(-0.01)),
      bad("valueShare", () -> PARETO.customerShareFor(1.01)),
      bad("customerShare", () -> PARETO.valueShareOfTop(-0.01)),
      bad("customerShare", () -> PARETO.valueShareOfTop(1.01)),
      bad("points", () -> PARETO.lorenz(1)),
      bad("abcPolicy", () -> ImmutableAbcPolicy.builder().aUpTo(0).build()),
      bad("abcPolicy", () -> ImmutableAbcPolicy.builder().aUpTo(0.9).bUpTo(0.9).build()),
      bad("abcPolicy", () -> ImmutableAbcPolicy.builder().bUpTo(1.01).build()));

  @Test
  void everyInvalidArgumentIsRefusedNamingItsField() {
    qt().withExamples(PropertySize.examples(200)).forAll(arbitrary().pick(CASES)).checkAssert(c -> {
      Throwable thrown = catchThrowable(c.call()::run);
      assertThat(thrown).as(c.field()).isInstanceOf(InvalidValueException.class);
      InvalidValueException e = (InvalidValueException) thrown;
      assertThat(e.field() + " " + e.getMessage()).as(c.field()).containsIgnoringCase(c.field());
      assertThat(e.getMessage()).as(c.field()).hasSizeLessThan(400);
    });
  }

  @Test
  void everyCaseIsDrawn() {
    // The cases are few: each is also run once directly, so none depends on the draw.
    Arrays.asList(CASES.toArray(new Case[0])).forEach(c ->
        assertThat(catchThrowable(c.call()::run)).as(c.field()).isInstanceOf(InvalidValueException.class));
  }
}
