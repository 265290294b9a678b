package io.crmkit.scoring;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.scoring.transactions.TransactionLog;
import java.util.Currency;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generated transaction logs and value distributions, shared by the scoring properties. */
public final class ScoringGen {
  private ScoringGen() {}

  /** Per-customer values in cents: mostly small, some large, some zero, with ties. */
  public static Gen<long[]> values() {
    Gen<Long> value = integers().between(0, 5_000).map(i -> (long) i)
        .mix(integers().between(5_000, 5_000_000).map(i -> (long) i), 20)
        .mix(integers().between(0, 3).map(i -> (long) i * 1000), 20);
    return lists().of(value).ofSizeBetween(1, 300).map(l -> l.stream().mapToLong(Long::longValue).toArray());
  }

  /** Logs of up to 400 transactions over up to 60 customers and two years. */
  public static Gen<TransactionLog> logs() {
    Gen<int[]> row = integers().between(0, 59).zip(integers().between(0, 730), integers().between(0, 200_000),
        (c, d, a) -> new int[] {c, d, a});
    return lists().of(row).ofSizeBetween(1, 400).map(ScoringGen::toLog);
  }

  static TransactionLog toLog(List<int[]> rows) {
    TransactionLog.Builder b = TransactionLog.builder(Currency.getInstance("EUR"));
    for (int[] r : rows) {
      b.addMinor(String.format("c-%02d", r[0]), 20_000 + r[1], r[2]);
    }
    return b.build();
  }
}
