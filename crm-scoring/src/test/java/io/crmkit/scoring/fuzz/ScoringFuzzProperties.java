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
      bad("score ranges", () -> RfmSegment.of("x", 1, 5, 1, 5, 1, 6)));

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
