package io.crmkit.scoring.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written to stall the reader (issue 22, denial of service). Each is refused or skipped with a
 * short reason naming line, column and rule; none is worked on at its full size. Both readers are
 * driven: the general one (a {@link java.io.Reader}) and the byte scanner (a file).
 */
class HostileFileTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final TransactionFormat CSV = TransactionFormat.csv(EUR);

  @TempDir
  Path dir;

  private static ReadResult text(String text, ReadMode mode) {
    return TransactionReader.read(new StringReader(text), "orders.csv", CSV, mode);
  }

  private ReadResult file(String text, ReadMode mode) throws IOException {
    Path f = dir.resolve("orders.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return TransactionReader.read(f, CSV, mode);
  }

  @Test
  void anAmountWithAHugeExponentIsABadRowNotTenMillionDigits() throws IOException {
    String csv = "customer_id,date,amount\nc1,2024-01-01,1e10000000\n";
    String expected = "orders.csv, line 2, column 3: amount must be a decimal number, was '1e10000000'";
    assertThatThrownBy(() -> text(csv, ReadMode.STRICT)).isInstanceOf(TransactionFormatException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> file(csv.replace("1e10000000", "1e999999999"), ReadMode.STRICT))
        .isInstanceOf(TransactionFormatException.class).hasMessageContaining("amount must be a decimal number, was '1e999999999'");
  }

  @Test
  void anAmountOfAMillionDigitsIsRefusedByItsLengthWithAShortReason() throws IOException {
    String csv = "customer_id,date,amount\nc1,2024-01-01," + "7".repeat(9_000) + "\nc1,2024-01-02,1.00\n";
    ReadResult r = file(csv, ReadMode.LENIENT);
    assertThat(r.report().rowsKept()).isEqualTo(1);
    assertThat(r.report().skipped()).singleElement().satisfies(s -> {
      assertThat(s.line()).isEqualTo(2);
      assertThat(s.column()).isEqualTo(3);
      assertThat(s.reason()).isEqualTo("amount must be at most 40 characters, was '" + "7".repeat(40)
          + "'...(9000 characters)");
    });
  }

  @Test
  void aLineOfAMegabyteIsReadPastAndReportedNeverHeldWhole() throws IOException {
    String csv = "customer_id,date,amount\n" + "\"".repeat(1_000_000) + "\n" + "9".repeat(2_000_000)
        + "\nc1,2024-01-02,1.00\n";
    for (ReadResult r : new ReadResult[] {text(csv, ReadMode.LENIENT), file(csv, ReadMode.LENIENT)}) {
      assertThat(r.report().rowsKept()).isEqualTo(1);
      assertThat(r.report().skipped()).extracting(SkippedRow::toString).containsExactly(
          "line 2: line must be at most 10000 characters", "line 3: line must be at most 10000 characters");
    }
    assertThatThrownBy(() -> file(csv, ReadMode.STRICT)).isInstanceOf(TransactionFormatException.class)
        .hasMessageEndingWith("orders.csv, line 2: line must be at most 10000 characters");
  }

  @Test
  void aLongQuotedFieldIsSplitInOnePass() {
    // Blankness is tracked as the field grows; it used to be copied and tested at every quote.
    String field = "\"" + "\"\"".repeat(4_000) + "\"";
    ReadResult r = text("customer_id,date,amount\n" + field + ",2024-01-01,1.00\n", ReadMode.LENIENT);
    assertThat(r.report().skipped()).singleElement().satisfies(s -> assertThat(s.reason())
        .isEqualTo("customer id must be at most 256 characters, was 4000"));
  }

  @Test
  void aCustomerIdLongerThanTheLimitIsABadRowAndTheBuilderRefusesIt() throws IOException {
    String id = "a".repeat(TransactionLog.MAX_CUSTOMER_ID_LENGTH + 1);
    ReadResult r = file("customer_id,date,amount\n" + id + ",2024-01-01,1.00\nc1,2024-01-01,1.00\n", ReadMode.LENIENT);
    assertThat(r.log().customers()).isEqualTo(1);
    assertThat(r.report().skipped()).extracting(SkippedRow::toString)
        .containsExactly("line 2, column 1: customer id must be at most 256 characters, was 257");
    assertThatThrownBy(() -> TransactionLog.builder(EUR).customer("x".repeat(100_000_000)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("customerId must be at most 256 characters, was '100000000 characters'");
  }

  @Test
  void aFileOfBadRowsKeepsOnlyTheFirstThousandDescriptionsButCountsThemAll() {
    StringBuilder csv = new StringBuilder("customer_id,date,amount\nc0,2024-01-01,1.00\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("c").append(i).append(",2024-01-01,").append("x".repeat(200)).append('\n');
    }
    ReadOptions tolerant = ReadOptions.builder().maxBadShare(1).build();
    ReadResult r = TransactionReader.read(new StringReader(csv.toString()), "bad.csv", CSV, ReadMode.LENIENT, tolerant);
    assertThat(r.report().rowsSkipped()).isEqualTo(20_000);
    assertThat(r.report().skipped()).hasSize(1_000);
    assertThat(r.report().skipped().get(0).reason()).hasSizeLessThan(120);
    assertThat(r.report().rowsRead()).isEqualTo(r.report().rowsKept() + r.report().rowsSkipped());
  }

  @Test
  void aFileInAnotherDateFormatStopsAtTheFirstRowsWithTheFirstBadLine() throws IOException {
    StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
    for (int i = 0; i < 5_000; i++) {
      csv.append("c").append(i).append(",03.01.2024,1.00\n");
    }
    assertThatThrownBy(() -> file(csv.toString(), ReadMode.LENIENT)).isInstanceOf(TransactionFormatException.class)
        .hasMessageContaining("orders.csv, line 2, column 2: date must match uuuu-MM-dd, was '03.01.2024'")
        .hasMessageContaining("the first 100 rows are all bad");
  }

  @Test
  void aFileWhoseBadShareStaysAboveTheLimitStopsOnceEnoughRowsAreRead() {
    StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
    for (int i = 0; i < 3_000; i++) {
      csv.append("c").append(i).append(i % 3 == 0 ? ",2024-01-01,1.00\n" : ",2024-01-01,-\n");
    }
    assertThatThrownBy(() -> text(csv.toString(), ReadMode.LENIENT)).isInstanceOf(TransactionFormatException.class)
        .hasMessageStartingWith("orders.csv, line 3, column 3: amount must be a decimal number")
        .hasMessageContaining("667 of the first 1,001 rows are bad, more than 50%");
  }

  @Test
  void progressIsReportedEveryNRowsAndAtTheEnd() {
    StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
    for (int i = 0; i < 25; i++) {
      csv.append("c").append(i).append(",2024-01-01,1.00\n");
    }
    java.util.List<Long> seen = new java.util.ArrayList<>();
    ReadOptions every10 = ReadOptions.builder().progressEvery(10).progress((read, kept) -> seen.add(read)).build();
    TransactionReader.read(new StringReader(csv.toString()), "p.csv", CSV, ReadMode.STRICT, every10);
    assertThat(seen).containsExactly(10L, 20L, 25L);
  }
}
