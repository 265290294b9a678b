package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.pareto.ParetoAnalysis;
import io.crmkit.scoring.summary.CustomerSummaries;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable example reads a CSV file, writes per-customer scores as Parquet and prints the base's figures. */
class ScoreOnSparkTest {
  @TempDir
  Path dir;

  private Path csv(String name, int rows, boolean someBad) throws IOException {
    Random random = new Random(11);
    StringBuilder text = new StringBuilder("customer_id,date,amount\n");
    for (int i = 0; i < rows; i++) {
      text.append("k").append(random.nextInt(150)).append(',')
          .append(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300))).append(',')
          .append(someBad && i % 3 == 0 ? "-1.00" : (1 + random.nextInt(20_000)) / 100.0).append('\n');
    }
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aCsvLogIsScoredIntoParquetAndTheFiguresArePrinted() throws IOException {
    Path input = csv("orders.csv", 2_000, false);
    Path output = dir.resolve("scores");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScoreOnSpark.run(new String[] {"--input", input.toString(), "--output", output.toString(),
        "--currency", "EUR"}, LocalSpark.session(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ScoreOnSpark.OK);

    TransactionLog log = TransactionReader.read(input, TransactionFormat.csv(Currency.getInstance("EUR")),
        ReadMode.STRICT).log();
    ParetoAnalysis single = ParetoAnalysis.of(CustomerSummaries.of(log));
    Dataset<Row> scores = LocalSpark.session().read().parquet(output.toString());
    assertThat(scores.count()).isEqualTo(log.customers());
    assertThat(scores.agg(org.apache.spark.sql.functions.sum(SparkValueScoring.TOTAL_MINOR)).first().getLong(0))
        .isEqualTo(log.totalMinor());
    assertThat(scores.columns()).contains(SparkValueScoring.SEGMENT, SparkValueScoring.ABC, SparkValueScoring.TIER,
        SparkValueScoring.TOTAL, SparkValueScoring.LAST_PURCHASE);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("read 2,000 rows: 2,000 kept, 0 skipped")
        .contains(single.describe()).contains("ABC classes: {A=").contains("Customer pyramid: {KEY=");
  }

  @Test
  void tooManyBadRowsAreRefusedWithTheReason() throws IOException {
    Path input = csv("bad.csv", 1_200, true);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScoreOnSpark.run(new String[] {"--input", input.toString(), "--output", dir.resolve("x").toString(),
        "--max-bad-share", "0.2"}, LocalSpark.session(), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(ScoreOnSpark.BAD_DATA);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("amount must not be negative")
        .contains("400 of 1,200 rows are bad, more than 20%");
  }

  @Test
  void aWrongOptionPrintsTheUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScoreOnSpark.run(new String[] {"--input", "x.csv", "--speed", "max"}, LocalSpark.session(),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(ScoreOnSpark.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --speed").contains("usage: ScoreOnSpark");
  }
}
