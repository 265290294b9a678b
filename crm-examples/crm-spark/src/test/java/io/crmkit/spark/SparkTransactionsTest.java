package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.ReadOptions;
import io.crmkit.scoring.transactions.ReadReport;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionFormatException;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Reading a transaction Dataset leaves out what crm-scoring's reader leaves out, for the same
 * reasons, counts each reason with one sample, and gives up as the reader does when too much is bad.
 */
class SparkTransactionsTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final StructType TEXT = new StructType().add("kunde", DataTypes.StringType)
      .add("datum", DataTypes.StringType).add("betrag", DataTypes.StringType);
  private static final TransactionColumns COLUMNS = TransactionColumns.of(EUR).withNames("kunde", "datum", "betrag")
      .withDatePattern("dd.MM.uuuu");

  private static Dataset<Row> rows(String[]... rows) {
    List<Row> list = new ArrayList<>();
    for (String[] r : rows) {
      list.add(RowFactory.create((Object[]) r));
    }
    return LocalSpark.session().createDataFrame(list, TEXT).repartition(2);
  }

  private static final String[][] MIXED = {
      {"A1", "01.02.2025", "12.50"},
      {"A2", "03.02.2025", "7"},
      {null, "03.02.2025", "1.00"},
      {"  ", "03.02.2025", "2.00"},
      {"A3", "31.02.2025", "3.00"},
      {"A4", null, "4.00"},
      {"A5", "04.02.2025", "-5.00"},
      {"A6", "04.02.2025", null},
      {"A7", "04.02.2025", "1e3"},
      {"A8", "04.02.2025", "1.005"},
  };

  @Test
  void badRowsAreCountedPerReasonWithOneSampleAndTheTotalsAddUp() {
    try (SparkRead read = SparkTransactions.read(rows(MIXED), "kassen.csv", COLUMNS, ReadOptions.DEFAULT)) {
      SparkReadReport report = read.report();
      ReadReport totals = report.report();
      assertThat(totals.rowsRead()).isEqualTo(10);
      assertThat(totals.rowsKept()).isEqualTo(2);
      assertThat(totals.rowsSkipped()).isEqualTo(8);
      assertThat(totals.amountKeptMinor()).isEqualTo(1_950);
      // every amount that could be read counts, the rejected negative one included
      assertThat(totals.amountReadMinor()).isEqualTo(1_950 + 100 + 200 + 300 + 400 - 500);
      assertThat(report.skippedByReason()).containsExactly(
          Map.entry(BadRowReason.BLANK_CUSTOMER_ID, 2L), Map.entry(BadRowReason.CUSTOMER_ID_TOO_LONG, 0L),
          Map.entry(BadRowReason.MISSING_DATE, 1L), Map.entry(BadRowReason.UNPARSEABLE_DATE, 1L),
          Map.entry(BadRowReason.MISSING_AMOUNT, 1L), Map.entry(BadRowReason.UNPARSEABLE_AMOUNT, 2L),
          Map.entry(BadRowReason.NEGATIVE_AMOUNT, 1L));
      assertThat(report.sampleByReason().get(BadRowReason.UNPARSEABLE_DATE).reason())
          .isEqualTo("date must match dd.MM.uuuu, was '31.02.2025'");
      assertThat(report.sampleByReason().get(BadRowReason.UNPARSEABLE_DATE).column()).isEqualTo(2);
      assertThat(report.sampleByReason().get(BadRowReason.NEGATIVE_AMOUNT).reason())
          .isEqualTo("amount must not be negative, was '-5.00'");
      assertThat(report.sampleByReason().get(BadRowReason.BLANK_CUSTOMER_ID).reason())
          .isEqualTo("customer id must not be blank");
      assertThat(totals.skipped()).hasSize(6);
      assertThat(read.transactions().count()).isEqualTo(2);
    }
  }

  @Test
  void theSameRowsAreLeftOutAsByTheSingleMachineReader() {
    StringBuilder csv = new StringBuilder("kunde;datum;betrag\n");
    List<String[]> rows = new ArrayList<>();
    for (String[] r : MIXED) {
      if (r[0] != null && r[1] != null && r[2] != null) { // a text file has no nulls
        csv.append(String.join(";", r)).append('\n');
        rows.add(r);
      }
    }
    TransactionFormat format = TransactionFormat.builder().from(TransactionFormat.csv(EUR)).separator(';')
        .datePattern("dd.MM.uuuu").build();
    ReadReport single = TransactionReader.read(new StringReader(csv.toString()), "kassen.csv", format,
        ReadMode.LENIENT).report();
    try (SparkRead read = SparkTransactions.read(rows(rows.toArray(String[][]::new)), "kassen.csv", COLUMNS,
        ReadOptions.DEFAULT)) {
      ReadReport spark = read.report().report();
      assertThat(spark.rowsRead()).isEqualTo(single.rowsRead());
      assertThat(spark.rowsKept()).isEqualTo(single.rowsKept());
      assertThat(spark.amountKeptMinor()).isEqualTo(single.amountKeptMinor());
      assertThat(spark.amountReadMinor()).isEqualTo(single.amountReadMinor());
    }
  }

  @Test
  void theReadingFailsWhenMoreThanTheAllowedShareOfRowsIsBad() {
    ReadOptions strictShare = ReadOptions.builder().maxBadShare(0.5).minRowsForShare(5).build();
    assertThatThrownBy(() -> SparkTransactions.read(rows(MIXED), "kassen.csv", COLUMNS, strictShare))
        .isInstanceOf(TransactionFormatException.class)
        .hasMessageContaining("kassen.csv")
        .hasMessageContaining("8 of 10 rows are bad, more than 50%")
        .hasMessageContaining("BLANK_CUSTOMER_ID 2")
        .hasMessageNotContaining("A5");
  }

  @Test
  void theReadingFailsWhenEveryRowIsBad() {
    String[][] allBad = Arrays.copyOfRange(MIXED, 2, 10);
    ReadOptions options = ReadOptions.builder().allBadRows(5).build();
    assertThatThrownBy(() -> SparkTransactions.read(rows(allBad), "kassen.csv", COLUMNS, options))
        .isInstanceOf(TransactionFormatException.class)
        .hasMessageContaining("all 8 rows are bad");
  }

  @Test
  void columnsMustBeNamedDistinctlyAndExistInTheDataset() {
    assertThatThrownBy(() -> TransactionColumns.of(EUR).withNames("id", "id", "amount"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("three different columns");
    assertThatThrownBy(() -> TransactionColumns.of(EUR).withDatePattern("qqqq-bad-{"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("valid date pattern");
    assertThatThrownBy(() -> SparkTransactions.read(rows(MIXED), "kassen.csv", TransactionColumns.of(EUR),
        ReadOptions.DEFAULT)).isInstanceOf(InvalidValueException.class).hasMessageContaining("customer_id");
  }
}
