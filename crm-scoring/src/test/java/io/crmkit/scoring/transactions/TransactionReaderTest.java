package io.crmkit.scoring.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class TransactionReaderTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  private static ReadResult csv(String text, ReadMode mode) {
    return TransactionReader.read(new StringReader(text), "orders.csv", TransactionFormat.csv(EUR), mode);
  }

  @Test
  void aCsvWithBomCrlfQuotesAndBlankLinesIsReadExactly() {
    String text = "\uFEFFcustomer_id,date,amount\r\n"
        + "c-1,2026-01-05,19.90\r\n"
        + "\r\n"
        + "\"c-2, Ltd.\",2026-01-06,\"1200.00\"\r\n"
        + "  c-1 , 2026-02-01 , 0.10\r\n";
    ReadResult r = csv(text, ReadMode.STRICT);

    assertThat(r.log().size()).isEqualTo(3);
    assertThat(r.log().customers()).isEqualTo(2);
    assertThat(r.log().customerId(1)).isEqualTo("c-2, Ltd.");
    assertThat(r.log().totalMinor()).isEqualTo(1990 + 120000 + 10);
    assertThat(r.log().dayAt(0)).isEqualTo((int) LocalDate.of(2026, 1, 5).toEpochDay());
    assertThat(r.report().rowsRead()).isEqualTo(3);
    assertThat(r.report().skipped()).isEmpty();
  }

  @Test
  void strictModeNamesTheSourceLineColumnAndReason() {
    String text = "customer_id,date,amount\nc-1,2026-01-05,19.90\nc-2,2026-13-01,5.00\n";
    assertThatThrownBy(() -> csv(text, ReadMode.STRICT)).isInstanceOf(TransactionFormatException.class)
        .hasMessage("orders.csv, line 3, column 2: date must match uuuu-MM-dd, was '2026-13-01'");
  }

  @Test
  void lenientModeSkipsBadRowsAndAccountsForEveryRowAndAmount() {
    String text = "customer_id,date,amount\n"
        + "c-1,2026-01-05,19.90\n"
        + "c-2,2026-01-06,-5.00\n"
        + "c-3,2026-01-07,abc\n"
        + "c-4,2026-01-08\n"
        + "c-5,2026-01-09,1.999\n"
        + "\"c-6,2026-01-10,3.00\n"
        + ",2026-01-11,4.00\n"
        + "c-7,2026-01-12,7.00\n";
    ReadResult r = csv(text, ReadMode.LENIENT);
    ReadReport report = r.report();

    assertThat(report.rowsRead()).isEqualTo(8);
    assertThat(report.rowsKept()).isEqualTo(2);
    assertThat(report.rowsKept() + report.rowsSkipped()).isEqualTo(report.rowsRead());
    assertThat(report.skipped()).extracting(SkippedRow::toString).containsExactly(
        "line 3, column 3: amount must not be negative, was -5.00",
        "line 4, column 3: amount must be a decimal number, was 'abc'",
        "line 5: expected 3 fields, found 2",
        "line 6, column 3: amount must have at most 2 fraction digits for EUR and fit in a long, was 1.999",
        "line 7, column 1: a quoted field is not closed",
        "line 8, column 1: customer id must not be blank");
    // Amounts: kept 19.90 + 7.00; skipped but readable -5.00 and 4.00.
    assertThat(report.amountKeptMinor()).isEqualTo(2690);
    assertThat(report.amountSkippedMinor()).isEqualTo(-500 + 400);
    assertThat(r.log().totalMinor()).isEqualTo(report.amountKeptMinor());
  }

  @Test
  void anotherSeparatorAndDatePatternAreConfigurable() {
    TransactionFormat semicolon = TransactionFormat.builder().from(TransactionFormat.csv(EUR)).separator(';')
        .datePattern("dd.MM.uuuu").build();
    ReadResult r = TransactionReader.read(new StringReader("kunde;datum;betrag\nk-1;05.01.2026;12.50\n"),
        "bestellungen.csv", semicolon, ReadMode.STRICT);
    assertThat(r.log().dayAt(0)).isEqualTo((int) LocalDate.of(2026, 1, 5).toEpochDay());
  }

  @Test
  void theCdnowSampleLayoutIsReadToo() {
    String text = " 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n";
    ReadResult r = TransactionReader.read(new StringReader(text), "sample", TransactionFormat.cdnowSample(),
        ReadMode.STRICT);
    assertThat(r.log().customers()).isEqualTo(1);
    assertThat(r.log().totalMinor()).isEqualTo(5906);
  }
}
