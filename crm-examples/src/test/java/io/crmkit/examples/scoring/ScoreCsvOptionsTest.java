package io.crmkit.examples.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads the common shapes of a shop's export, and says by its exit code how it went. */
class ScoreCsvOptionsTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ScoreCsv.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @BeforeEach
  void clear() {
    out.reset();
    err.reset();
  }

  @Test
  void aGermanExportWithSemicolonsDayFirstDatesAndDecimalCommasIsRead() throws Exception {
    Path f = file("bestellungen.csv", "Kunde;Datum;Betrag\nk1;03.01.2024;12,50\nk1;04.02.2024;7,50\nk2;05.01.2024;100\n");
    int code = run(f.toString(), "--separator", ";", "--date-format", "dd.MM.yyyy", "--decimal-comma");
    assertThat(code).as(err()).isEqualTo(ScoreCsv.OK);
    assertThat(out()).contains("3 rows read, 3 kept, 0 skipped; 2 customers").contains("RFM segments as of 2024-02-05");
  }

  @Test
  void columnsAreFoundByTheirHeaderNamesInAnyOrder() throws Exception {
    Path f = file("export.csv", "order_id,total,when,client\n1,10.00,2024-01-01,a\n2,20.00,2024-01-02,b\n");
    assertThat(run(f.toString(), "--columns", "client,when,total")).as(err()).isEqualTo(ScoreCsv.OK);
    assertThat(out()).contains("2 rows read, 2 kept, 0 skipped; 2 customers");
  }

  @Test
  void columnsAreTakenByNumberInAFileWithoutHeader() throws Exception {
    Path f = file("raw.tsv", "2024-01-01\ta\tx\t10.00\n2024-01-05\tb\ty\t5.00\n");
    assertThat(run(f.toString(), "--separator", "tab", "--no-header", "--columns", "2,1,4")).as(err())
        .isEqualTo(ScoreCsv.OK);
    assertThat(out()).contains("2 rows read, 2 kept, 0 skipped; 2 customers");
  }

  @Test
  void aFileInAnotherDateFormatStopsEarlyWithTheFirstBadLineAndExitCode4() throws Exception {
    StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
    for (int i = 0; i < 2_000; i++) {
      csv.append("c").append(i).append(",01/03/2024,1.00\n");
    }
    Path f = file("us.csv", csv.toString());
    assertThat(run(f.toString(), "--lenient")).isEqualTo(ScoreCsv.BAD_DATA);
    assertThat(err()).contains("line 2, column 2: date must match uuuu-MM-dd, was '01/03/2024'")
        .contains("the first 100 rows are all bad");
    assertThat(out()).isEmpty();
  }

  @Test
  void aStrictReadingOfABadRowExitsWith4AndNamesTheLine() throws Exception {
    Path f = file("o.csv", "customer_id,date,amount\na,2024-01-01,1e10000000\n");
    assertThat(run(f.toString())).isEqualTo(ScoreCsv.BAD_DATA);
    assertThat(err()).contains("line 2, column 3: amount must be a decimal number");
  }

  @Test
  void aMissingFileExitsWith3() {
    assertThat(run(dir.resolve("nope.csv").toString())).isEqualTo(ScoreCsv.UNREADABLE);
    assertThat(err()).contains("cannot read");
  }

  @Test
  void wrongOptionsAndValuesExitWith2AndPrintTheUsage() throws Exception {
    Path f = file("o.csv", "customer_id,date,amount\na,2024-01-01,1.00\n");
    assertThat(run(f.toString(), "--colour", "red")).isEqualTo(ScoreCsv.USAGE);
    assertThat(err()).contains("unknown option --colour").contains("usage: ScoreCsv FILE");
    assertThat(run(f.toString(), "--as-of", "yesterday")).isEqualTo(ScoreCsv.USAGE);
    assertThat(run(f.toString(), "--date-format", "not a pattern {")).isEqualTo(ScoreCsv.USAGE);
    assertThat(err()).contains("transactionFormat.datePattern must be a valid date pattern");
    assertThat(run(f.toString(), "--columns", "a,b")).isEqualTo(ScoreCsv.USAGE);
    assertThat(run(f.toString(), "--columns", "client,when,total")).isEqualTo(ScoreCsv.USAGE);
    assertThat(err()).contains("customerColumnName must name a column of the header");
    assertThat(run(f.toString(), "--separator", "ab")).isEqualTo(ScoreCsv.USAGE);
    assertThat(run(f.toString(), "--currency")).isEqualTo(ScoreCsv.USAGE);
    assertThat(run()).isEqualTo(ScoreCsv.USAGE);
  }
}
