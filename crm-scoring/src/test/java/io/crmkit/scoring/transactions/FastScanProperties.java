package io.crmkit.scoring.transactions;

import io.crmkit.scoring.PropertySize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The byte scanner used for plain CSV files gives exactly what the general line reader gives: the
 * same log (ids in the same order, the same rows) and the same report, odd lines included.
 */
class FastScanProperties {
  private static final TransactionFormat EUR = TransactionFormat.csv(Currency.getInstance("EUR"));

  private static Gen<String> plainLines() {
    // Days 1 to 28 of every month of 2019-2029: always valid, and many months for the parser to keep.
    // Numeric ids of 2 to 19 digits (up to 17 are keyed by their value, the rest by their bytes).
    // Amounts of 1 to 11 integer digits with 2, 1 or no fraction digits: the point and the end of the
    // amount fall at every byte of an eight-byte word.
    return integers().between(0, 40).zip(integers().between(0, 11 * 12 * 28 - 1), integers().between(0, 99_999),
        (c, d, a) -> (c % 3 == 0 ? "1" + "0".repeat(c % 17) + c : "c-" + c) + String.format(",%d-%02d-%02d,", 2019 + d / (12 * 28),
            d / 28 % 12 + 1, d % 28 + 1) + amount(a / 100 * POWERS[a % 9], a % 100, a / 9 % 3));
  }

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  private static String amount(long integer, int cents, int fractionDigits) {
    return integer + (fractionDigits == 0 ? "" : fractionDigits == 1 ? "." + cents / 10 : String.format(".%02d", cents));
  }

  private static Gen<String> lines() {
    Gen<String> plain = plainLines();
    Gen<String> odd = arbitrary().pick(List.of("", "   ", "\"c-1, Ltd.\",2026-02-03,10.00", " c-2 , 2026-02-04 , 7",
        "c-3,2026-02-30,1.00", "c-4,2026-2-4,1.00", "c-5,2026-02-05,-3.00", "c-6,2026-02-06,1.999",
        "c-7,2026-02-07", "c-8,2026-02-08,1.00,extra", ",2026-02-09,1.00", "ü-9,2026-02-09,2.50",
        "c-10,2026-02-10,1e3", "c-11,2026-02-11,.5", "c-12,2026-02-12,5.", "c-1,1850-01-01,1.00",
        "c-13,2026-02-1\r3,1.00", "c-14,2026-02-14,1.00\r\r", "c-15,2024-02-29,1.00", "c-16,2025-02-29,1.00",
        "c-17,2026-04-31,1.00", "10017,2026-12-31,3.00", "c-18,2026-13-01,1.00", "c-19,2026-00-10,1.00",
        "c-20,2026-01-00,1.00", "c-21,2026-0a-01,1.00", "c-22,2026/01/01,1.00", "10023,2199-12-31,1.00",
        "10024,2200-01-01,1.00", "10025,1900-01-01,1.00", "00000042,2026-03-01,1.00", "123456789,2026-03-02,2.00",
        "1234567890123456,2026-03-04,4.00", "12345678901234567,2026-03-05,5.00", "123456789012345678,2026-03-06,6.00"));
    return plain.mix(odd, 25);
  }

  private static Path write(String text) {
    try {
      Path file = Files.createTempFile("crmkit-fast", ".csv");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theByteScannerAgreesWithTheLineReaderOnEveryFile() {
    qt().withExamples(PropertySize.examples(300)).forAll(lists().of(lines()).ofSizeBetween(0, 60), booleans().all(), booleans().all())
        .checkAssert((lines, crlf, bom) -> {
          String eol = crlf ? "\r\n" : "\n";
          String text = (bom ? "\uFEFF" : "") + "customer_id,date,amount" + eol + String.join(eol, lines);
          Path file = write(text);
          ReadResult fast = TransactionReader.read(file, EUR, ReadMode.LENIENT);
          ReadResult general = TransactionReader.read(new StringReader(text), file.toString(), EUR, ReadMode.LENIENT);

          assertSameResult(fast, general);
        });
  }

  @Test
  void lenientReadingAccountsForEveryRowAndEveryAmount() {
    qt().withExamples(PropertySize.examples(300)).forAll(lists().of(lines()).ofSizeBetween(0, 60)).checkAssert(lines -> {
      Path file = write("customer_id,date,amount\n" + String.join("\n", lines));
      ReadResult read = TransactionReader.read(file, EUR, ReadMode.LENIENT);
      ReadReport report = read.report();
      // A CR inside a line ends a line for the reader too; blank lines are passed over, uncounted.
      long rows = lines.stream().flatMap(l -> Arrays.stream(l.split("\r", -1)))
          .filter(l -> !l.isBlank()).count();

      // The report itself requires rows read = kept + skipped; here each count is checked against the file.
      assertThat(report.rowsRead()).isEqualTo(rows);
      assertThat(report.skipped()).extracting(SkippedRow::line).doesNotHaveDuplicates()
          .allSatisfy(line -> assertThat(line).isBetween(2L, lines.size() + 1L + rows));
      assertThat(read.log().size()).isEqualTo(report.rowsKept());
      assertThat(read.log().totalMinor()).isEqualTo(report.amountKeptMinor());
    });
  }

  /** Lines the fast scanners must judge as the general reader does: quoted, odd spacing, CR inside, bad fields. */
  private static final List<String> ODD = List.of("\"c-1, Ltd.\",2026-02-03,10.00", " c-2 , 2026-02-04 , 7",
      "c-3,2026-02-30,1.00", "c-4,2026-02-0\r4,1.00", "c-5\r,2026-02-05,1.00", "c-8,2026-02-08,1.00,extra",
      "c-7,2026-02-07", "c-6,2026-02-06,1.999", "\u00fc-9,2026-02-09,2.50", "c-10,2026-02-10,\t5.00\t",
      // Numeric ids take the one-pass parse: every near miss of its shape must still be judged alike.
      "100003 ,2026-02-03,1.00", "100003,2026-02-03 ,1.00", "100003,2026-02-03,1.00 ", "100003,2026-02-031,1.00",
      "100003,2026-02-03,1.005", "100003,2026-02-03,1.", "100003,2026-02-03,.5", "1000031234567890123,2026-02-03,4.00",
      "0100003,2026-02-03,1.00", "100003,2026-02-03,1.00,", "100003,,1.00", "100003,2026-02-03,", "100003\r,2026-02-03,1.00",
      "100003,2026-13-03,1.00", "100003,2026-02-03,12345678901234567.00", "100003,2026-02-03,99999999999999999",
      "100003,2026-02-03,1..5", "100003,2026-02-03,1.2.3", "100003,2026/02/03,1.00", "100003,2026-0:-03,1.00",
      "100003,2026-02-3/,1.00", "100003,2026-02-03,0");

  @Test
  void readingInPartsAgreesWithTheLineReaderAndAnOddLineSendsTheFileToTheSequentialReader() {
    qt().withExamples(PropertySize.examples(300)).forAll(lists().of(plainLines().mix(arbitrary().pick(List.of("", " \t")), 5))
            .ofSizeBetween(0, 80), integers().between(2, 5), integers().between(-1, 10 * ODD.size() - 1),
            integers().between(0, 3))
        .checkAssert((lines, parts, odd, endings) -> {
          List<String> all = new ArrayList<>(lines);
          boolean hasOdd = odd >= 0 && !all.isEmpty();
          if (hasOdd) {
            all.set(odd % all.size(), ODD.get(odd % ODD.size()));
          }
          String eol = endings % 2 == 1 ? "\r\n" : "\n";
          String bom = endings >= 2 ? "\uFEFF" : "";
          String text = bom + "customer_id,date,amount" + eol + String.join(eol, all) + eol;
          Path file = write(text);
          ReadResult general = TransactionReader.read(new StringReader(text), file.toString(), EUR, ReadMode.LENIENT);

          Optional<ReadResult> inParts = TransactionReader.readInParts(file, EUR, parts, 0);
          if (!hasOdd) {
            assertThat(inParts).as("a file of plain lines is read in parts").isPresent();
          }
          if (odd >= 0 && odd % ODD.size() == 0 && hasOdd) {
            assertThat(inParts).as("a quoted line sends the file to the sequential reader").isEmpty();
          }
          inParts.ifPresent(r -> assertSameResult(r, general));
          assertSameResult(TransactionReader.read(file, EUR, ReadMode.LENIENT, parts, 0), general);
        });
  }

  private static void assertSameResult(ReadResult fast, ReadResult general) {
    assertThat(fast.report()).isEqualTo(general.report());
    TransactionLog a = fast.log();
    TransactionLog b = general.log();
    assertThat(a.customers()).isEqualTo(b.customers());
    for (int c = 0; c < a.customers(); c++) {
      assertThat(a.customerId(c)).isEqualTo(b.customerId(c));
    }
    assertThat(a.sameCustomers(b)).isTrue();
    for (int c = 0; c < a.customers(); c++) {
      assertThat(new long[] {a.purchasesOf(c), a.totalMinorOf(c), a.firstDayOf(c), a.lastDayOf(c)})
          .as("statistics of customer %s", a.customerId(c))
          .containsExactly(b.purchasesOf(c), b.totalMinorOf(c), b.firstDayOf(c), b.lastDayOf(c));
    }
    assertThat(a.size()).isEqualTo(b.size());
    for (int row = 0; row < a.size(); row++) {
      assertThat(new long[] {a.customerAt(row), a.dayAt(row), a.amountAt(row)})
          .containsExactly(b.customerAt(row), b.dayAt(row), b.amountAt(row));
    }
  }

  @Test
  void readingInPartsAgreesWithTheLineReaderWhenTheColumnsAreReorderedAndOneIsIgnored() {
    TransactionFormat wide = TransactionFormat.builder().layout(TransactionFormat.Layout.DELIMITED).separator(';')
        .columns(4).amountColumn(0).customerColumn(2).dateColumn(3).currency(Currency.getInstance("EUR")).build();
    qt().withExamples(PropertySize.examples(200)).forAll(lists().of(integers().between(0, 40).zip(integers().between(1, 28),
            integers().between(0, 99_999), arbitrary().pick(List.of("x", "a b", "", "\"q\"", "\u00e9t\u00e9")),
            (c, d, a, note) -> a / 100 + "." + String.format("%02d", a % 100) + ";" + note + ";"
                + (c % 2 == 0 ? "0" + c : "k" + c) + ";2026-03-" + String.format("%02d", d)))
            .ofSizeBetween(0, 60), integers().between(2, 4))
        .checkAssert((lines, parts) -> {
          String text = "amount;note;customer;date\n" + String.join("\n", lines) + "\n";
          Path file = write(text);
          ReadResult general = TransactionReader.read(new StringReader(text), file.toString(), wide, ReadMode.LENIENT);

          assertSameResult(TransactionReader.read(file, wide, ReadMode.LENIENT, parts, 0), general);
        });
  }

  @Test
  void strictModeStopsAtTheSameLineWithTheSameMessage() {
    String text = "customer_id,date,amount\nc-1,2026-02-01,1.00\nc-2,2026-02-31,2.00\n";
    Path file = write(text);
    String fast = null;
    String general = null;
    try {
      TransactionReader.read(file, EUR, ReadMode.STRICT);
    } catch (TransactionFormatException e) {
      fast = e.getMessage().replace(file.toString(), "F");
    }
    try {
      TransactionReader.read(new StringReader(text), file.toString(), EUR, ReadMode.STRICT);
    } catch (TransactionFormatException e) {
      general = e.getMessage().replace(file.toString(), "F");
    }
    assertThat(fast).isEqualTo(general).isEqualTo("F, line 3, column 2: date must match uuuu-MM-dd, was '2026-02-31'");
  }
}
