package io.crmkit.spark.clv;

import io.crmkit.scoring.transactions.ReadMode;
import io.crmkit.scoring.transactions.TransactionFormat;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.transactions.TransactionReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The CDNOW sample's log, read once for the tests of this package. */
final class SparkCustomerValueTestData {
  private static TransactionLog cdnow;

  private SparkCustomerValueTestData() {}

  static synchronized TransactionLog cdnow() {
    if (cdnow == null) {
      try (Reader in = new InputStreamReader(SparkCustomerValueTestData.class.getResourceAsStream(
          "/cdnow/CDNOW_sample.txt"), StandardCharsets.US_ASCII)) {
        cdnow = TransactionReader.read(in, "CDNOW_sample.txt", TransactionFormat.cdnowSample(), ReadMode.STRICT).log();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cdnow;
  }
}
