package io.crmkit.examples.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCsvTest {

  @Test
  void aUsersCsvIsScoredEndToEndWithBadRowsReported(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("orders.csv");
    Files.writeString(csv, "customer_id,date,amount\n"
        + "a,2026-01-01,100.00\na,2026-02-01,50.00\nb,2026-01-15,20.00\nc,2026-01-20,5.00\nc,2026-13-01,1.00\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ScoreCsv.run(csv, TransactionFormat.csv(Currency.getInstance("EUR")), ReadMode.LENIENT, null,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("5 rows read, 4 kept, 1 skipped; 3 customers")
        .contains("skipped line 6, column 2: date must match uuuu-MM-dd")
        .contains("The top 20% of customers bring")
        .contains("RFM segments as of 2026-02-02");
  }
}
