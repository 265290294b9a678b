package io.crmkit.scoring.rfm;

import io.crmkit.core.value.Require;
import io.crmkit.scoring.log.TransactionLog;
import io.crmkit.scoring.summary.CustomerSummaries;
import io.crmkit.scoring.summary.SortedValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFM scoring (Differentiate, IDIC step 2). Quintile score of a value v among n customers:
 * 1 + floor(5 x (customers worth less) / n), so equal values always get the same score and the
 * scores are balanced up to ties; for recency, fewer days is better (customers with more days count
 * as "worth less"). Frequency scores purchases; monetary scores the total. Segments are data
 * ({@link RfmSegment}); customers no segment matches are "others". Customers without purchases are
 * left out.
 *
 * <p>Immutable and thread-safe.
 */
public final class RfmAnalysis {
  /** The name given to customers no segment matches. */
  public static final String OTHERS = "others";

  private final List<RfmScores> scores;

  private RfmAnalysis(List<RfmScores> scores) {
    this.scores = scores;
  }

  /** Scores every customer of {@code log} with at least one purchase, as of {@code asOf}. */
  public static RfmAnalysis of(TransactionLog log, LocalDate asOf, List<RfmSegment> segments) {
    Require.notNull(log, "log");
    Require.notNull(asOf, "asOf");
    Require.notNull(segments, "segments");
    CustomerSummaries s = CustomerSummaries.of(log);
    int[] distinct = distinctDays(log);
    int asOfDay = Math.toIntExact(asOf.toEpochDay());
    List<Integer> active = new ArrayList<>();
    for (int c = 0; c < s.customers(); c++) {
      if (s.purchases(c) > 0) {
        Require.that(s.lastDay(c) <= asOfDay, "asOf", "must not be before the last purchase of "
            + s.customerId(c), asOf);
        active.add(c);
      }
    }
    int n = active.size();
    long[] recency = new long[n];
    long[] frequency = new long[n];
    long[] monetary = new long[n];
    for (int i = 0; i < n; i++) {
      int c = active.get(i);
      recency[i] = asOfDay - s.lastDay(c);
      frequency[i] = s.purchases(c);
      monetary[i] = s.totalMinor(c);
    }
    SortedValues r = SortedValues.of(recency);
    SortedValues f = SortedValues.of(frequency);
    SortedValues m = SortedValues.of(monetary);
    List<RfmScores> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int c = active.get(i);
      int rs = 1 + (int) (5L * r.countGreater(recency[i]) / n);
      int fs = 1 + (int) (5L * f.countLess(frequency[i]) / n);
      int ms = 1 + (int) (5L * m.countLess(monetary[i]) / n);
      String segment = segments.stream().filter(seg -> seg.matches(rs, fs, ms)).map(RfmSegment::name).findFirst()
          .orElse(OTHERS);
      scores.add(ImmutableRfmScores.builder().customerId(s.customerId(c)).recencyDays((int) recency[i])
          .purchases(s.purchases(c)).distinctDays(distinct[c]).totalMinor(s.totalMinor(c))
          .meanMinor(s.totalMinor(c) / s.purchases(c)).r(rs).f(fs).m(ms).segment(segment).build());
    }
    return new RfmAnalysis(List.copyOf(scores));
  }

  /** Distinct purchase days per customer: sort (customer, day) keys, count changes. */
  private static int[] distinctDays(TransactionLog log) {
    long[] keys = new long[log.size()];
    for (int row = 0; row < log.size(); row++) {
      keys[row] = ((long) log.customerAt(row) << 32) | (log.dayAt(row) & 0xFFFFFFFFL);
    }
    Arrays.sort(keys);
    int[] distinct = new int[log.customers()];
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        distinct[(int) (keys[i] >>> 32)]++;
      }
    }
    return distinct;
  }

  /** Every scored customer, in customer-index order. */
  public List<RfmScores> scores() {
    return scores;
  }

  /** How many customers each segment holds, in the order segments first appear. */
  public Map<String, Integer> segmentSizes() {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    scores.forEach(s -> sizes.merge(s.segment(), 1, Integer::sum));
    return sizes;
  }
}
