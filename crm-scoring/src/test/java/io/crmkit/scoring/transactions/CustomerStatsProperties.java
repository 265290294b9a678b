package io.crmkit.scoring.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.scoring.ScoringGen;
import io.crmkit.scoring.transactions.internal.RowBlocks;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A log keeps each customer's purchases, total and first and last day: they must always be what a
 * plain pass over its rows gives, however the log was made (built, sliced, read in parts), and a
 * log larger than one block of rows keeps every row in order.
 */
class CustomerStatsProperties {
  private static final Currency EUR = Currency.getInstance("EUR");

  /** The figures a plain pass over the rows gives, as {purchases, total, first, last} per customer. */
  private static long[][] reference(TransactionLog log) {
    long[][] r = new long[log.customers()][];
    for (int c = 0; c < r.length; c++) {
      r[c] = new long[] {0, 0, TransactionLog.NO_DAY, TransactionLog.NO_DAY};
    }
    for (int row = 0; row < log.size(); row++) {
      long[] f = r[log.customerAt(row)];
      int day = log.dayAt(row);
      f[2] = f[0] == 0 ? day : Math.min(f[2], day);
      f[3] = f[0] == 0 ? day : Math.max(f[3], day);
      f[0]++;
      f[1] += log.amountAt(row);
    }
    return r;
  }

  private static void assertKeepsItsFigures(TransactionLog log) {
    long[][] expected = reference(log);
    for (int c = 0; c < log.customers(); c++) {
      assertThat(new long[] {log.purchasesOf(c), log.totalMinorOf(c), log.firstDayOf(c), log.lastDayOf(c)})
          .as("customer %s", log.customerId(c)).containsExactly(expected[c]);
    }
  }

  @Test
  void theFiguresALogKeepsAreThoseOfAPassOverItsRows() {
    qt().forAll(ScoringGen.logs(), integers().between(0, 100), integers().between(0, 100)).checkAssert((log, a, b) -> {
      assertKeepsItsFigures(log);
      int from = Math.min(a, b) * log.size() / 100;
      int to = Math.max(a, b) * log.size() / 100;
      assertKeepsItsFigures(log.slice(from, to));
    });
  }

  /** The amount of row {@code i}: now and then one beyond the int range, so its block keeps longs. */
  private static long amount(int i, SplittableRandom random) {
    return i % 200_003 == 7 ? 3_000_000_000L + i : random.nextInt(100_000);
  }

  /** Rows of {@code n} purchases by {@code customers} customers, the same for a seed. */
  private static TransactionLog.Builder rows(int n, int customers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TransactionLog.Builder b = TransactionLog.builder(EUR);
    for (int i = 0; i < n; i++) {
      b.addMinor("c" + random.nextInt(customers), 19_000 + random.nextInt(700), amount(i, random));
    }
    return b;
  }

  @Test
  void aLogOfSeveralBlocksKeepsEveryRowInOrderAndSlicesAcrossBlocks() {
    int n = 2 * RowBlocks.BLOCK + 1_000;
    TransactionLog log = rows(n, 5_000, 7).build();
    SplittableRandom random = new SplittableRandom(7);
    assertThat(log.size()).isEqualTo(n);
    for (int row = 0; row < n; row++) {
      String id = "c" + random.nextInt(5_000);
      int day = 19_000 + random.nextInt(700);
      long amount = amount(row, random);
      if (!log.customerId(log.customerAt(row)).equals(id) || log.dayAt(row) != day || log.amountAt(row) != amount) {
        throw new AssertionError("row " + row + " is not the row added: " + log.customerId(log.customerAt(row)) + ","
            + log.dayAt(row) + "," + log.amountAt(row) + " instead of " + id + "," + day + "," + amount);
      }
    }
    assertKeepsItsFigures(log);
    TransactionLog across = log.slice(RowBlocks.BLOCK - 10, 2 * RowBlocks.BLOCK + 10);
    assertThat(across.size()).isEqualTo(RowBlocks.BLOCK + 20);
    for (int row = 0; row < across.size(); row++) {
      assertThat(across.amountAt(row)).isEqualTo(log.amountAt(RowBlocks.BLOCK - 10 + row));
    }
    assertKeepsItsFigures(across);
  }

  @Test
  void readingALargeFileInPartsOrSequentiallyKeepsTheRowsAndFiguresOfTheLineReader() throws IOException {
    // Two parts of more than a block each, so the second part's rows are appended across a block
    // boundary; 40,000 customers, so the customer tables grow several times; a few amounts beyond
    // the int range in minor units, so some blocks keep their amounts as longs.
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder text = new StringBuilder("customer_id,date,amount\n");
    for (int i = 0; i < 2 * RowBlocks.BLOCK + 5_000; i++) {
      int c = random.nextInt(40_000);
      text.append(c % 7 == 0 ? "k-" + c : String.valueOf(100_000 + c)).append(",2026-0")
          .append(1 + random.nextInt(9)).append('-').append(10 + random.nextInt(18)).append(',')
          .append(i % 150_001 == 3 ? 80_000_000 : random.nextInt(5_000)).append('.').append(10 + random.nextInt(90))
          .append('\n');
    }
    Path file = Files.createTempFile("crmkit-blocks", ".csv");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      TransactionFormat format = TransactionFormat.csv(EUR);
      TransactionLog general = TransactionReader.read(new StringReader(text.toString()), "text", format,
          ReadMode.STRICT).log();
      assertSameRows(TransactionReader.readInParts(file, format, 2, 0).orElseThrow().log(), general);
      assertSameRows(TransactionReader.read(file, format, ReadMode.STRICT, 1, Long.MAX_VALUE).log(), general);
    } finally {
      Files.delete(file);
    }
  }

  private static void assertSameRows(TransactionLog inParts, TransactionLog general) {
      assertThat(inParts.size()).isEqualTo(general.size());
      assertThat(inParts.sameCustomers(general)).as("the same ids in the same order").isTrue();
      for (int row = 0; row < general.size(); row++) {
        if (inParts.customerAt(row) != general.customerAt(row) || inParts.dayAt(row) != general.dayAt(row)
            || inParts.amountAt(row) != general.amountAt(row)) {
          throw new AssertionError("row " + row + " differs");
        }
      }
      assertKeepsItsFigures(inParts);
  }
}
