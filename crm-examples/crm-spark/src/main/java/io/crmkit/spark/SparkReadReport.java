package io.crmkit.spark;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.transactions.ReadReport;
import io.crmkit.scoring.transactions.SkippedRow;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What reading a transaction Dataset did, so nothing is silently dropped: crm-scoring's own
 * {@link ReadReport} (rows read = kept + skipped, amounts read = kept + skipped), plus how many rows
 * each {@link BadRowReason} left out and one sample of each. A Dataset has no line numbers: a
 * sample's {@link SkippedRow#line()} is 0, its column the 1-based position of the column at fault in
 * the Dataset's schema. A reason quotes at most a short start of the bad value, never a customer id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param report the totals, with the samples (in reason order) as its skipped rows
 * @param skippedByReason how many rows each reason left out, every reason a key (unmodifiable)
 * @param sampleByReason one skipped row of each reason that occurred (unmodifiable)
 */
public record SparkReadReport(ReadReport report, Map<BadRowReason, Long> skippedByReason,
    Map<BadRowReason, SkippedRow> sampleByReason) {

  /** Checks that the counts add up and keeps unmodifiable copies. */
  public SparkReadReport {
    Require.notNull(report, "sparkReadReport.report");
    Require.notNull(skippedByReason, "sparkReadReport.skippedByReason");
    Require.notNull(sampleByReason, "sparkReadReport.sampleByReason");
    long sum = skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    Require.that(sum == report.rowsSkipped(), "sparkReadReport.skippedByReason",
        "must add up to the rows skipped (" + report.rowsSkipped() + ")", sum);
    Map<BadRowReason, Long> counts = new EnumMap<>(BadRowReason.class);
    for (BadRowReason r : BadRowReason.values()) {
      counts.put(r, skippedByReason.getOrDefault(r, 0L));
    }
    skippedByReason = Collections.unmodifiableMap(counts);
    sampleByReason = sampleByReason.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(sampleByReason));
  }

  /** How many rows {@code reason} left out. */
  public long skipped(BadRowReason reason) {
    return skippedByReason.get(reason);
  }
}
