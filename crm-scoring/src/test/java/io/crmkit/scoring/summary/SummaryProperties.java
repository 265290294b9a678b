package io.crmkit.scoring.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.ScoringGen;
import io.crmkit.scoring.transactions.TransactionLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Summaries are mergeable partials: chunks summarized apart and merged equal the whole. */
class SummaryProperties {

  @Test
  void mergingTheSummariesOfChunksEqualsTheSummaryOfTheWholeLog() {
    qt().forAll(ScoringGen.logs(), integers().between(1, 6)).checkAssert((log, chunks) -> {
      List<CustomerSummaries> partials = new ArrayList<>();
      int step = Math.max(1, log.size() / chunks);
      for (int from = 0; from < log.size(); from += step) {
        partials.add(CustomerSummaries.of(log.slice(from, Math.min(log.size(), from + step))));
      }
      Collections.shuffle(partials, new Random(chunks));
      CustomerSummaries merged = partials.stream().reduce(CustomerSummaries::merge).orElseThrow();
      assertThat(merged).isEqualTo(CustomerSummaries.of(log));
    });
  }

  @Test
  void parallelStreamsGiveTheSameSummaryAsOnePass() {
    qt().forAll(ScoringGen.logs()).checkAssert(log -> {
      int chunk = Math.max(1, log.size() / 8);
      CustomerSummaries parallel = IntStream.range(0, (log.size() + chunk - 1) / chunk).parallel()
          .mapToObj(i -> CustomerSummaries.of(log.slice(i * chunk, Math.min(log.size(), (i + 1) * chunk))))
          .reduce(CustomerSummaries::merge).orElseThrow();
      assertThat(parallel).isEqualTo(CustomerSummaries.of(log));
    });
  }

  @Test
  void totalsAccountForEveryCent() {
    qt().forAll(ScoringGen.logs()).checkAssert(log -> {
      CustomerSummaries s = CustomerSummaries.of(log);
      long sum = 0;
      int purchases = 0;
      for (int c = 0; c < s.customers(); c++) {
        sum += s.totalMinor(c);
        purchases += s.purchases(c);
      }
      long rows = 0;
      for (int row = 0; row < log.size(); row++) {
        rows += log.amountAt(row);
      }
      assertThat(sum).isEqualTo(rows).isEqualTo(log.totalMinor());
      assertThat(purchases).isEqualTo(log.size());
    });
  }

  @Test
  void slicesOfAnUnknownLogDoNotMerge() {
    TransactionLog a = TransactionLog.builder(Currency.getInstance("EUR")).addMinor("x", 1, 1).build();
    TransactionLog b = TransactionLog.builder(Currency.getInstance("EUR")).addMinor("y", 1, 1).build();
    assertThatThrownBy(() -> CustomerSummaries.of(a).merge(CustomerSummaries.of(b)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("same customer index");
  }
}
