package io.crmkit.scoring.rfm;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.SortedValues;
import io.crmkit.scoring.transactions.TransactionLog;
import io.crmkit.scoring.summary.CustomerSummaries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * RFM scoring (Differentiate, IDIC step 2). Quintile score of a value v among n customers:
 * 1 + floor(5 x (customers worth less) / n), so equal values always get the same score and the
 * scores are balanced up to ties; for recency, fewer days is better (customers with more days count
 * as "worth less"). Frequency scores purchase occasions: by default the distinct days on which a
 * customer bought ({@link RfmFrequency#PURCHASE_DAYS}), so two order lines on one day count once, as
 * the modelling literature and {@code lifetimes} count; {@link RfmFrequency#ROWS} counts every row
 * instead. Monetary scores the total. Segments are data
 * ({@link RfmSegment}); customers no segment matches are "others". Customers without purchases are
 * left out. Scores are kept in primitive arrays; {@link #scores()} builds value objects on request.
 *
 * <p>Immutable and thread-safe.
 */
public final class RfmAnalysis {
  /** The name given to customers no segment matches. */
  public static final String OTHERS = "others";

  private final CustomerSummaries summaries;
  private final int[] active;
  private final int[] recency;
  private final TransactionLog log;
  /** Distinct purchase days per customer: a pass over the whole log, so made on first request only. */
  private volatile int[] distinct;
  private final byte[] r;
  private final byte[] f;
  private final byte[] m;
  private final short[] segment;
  private final List<String> segmentNames;

  private RfmAnalysis(TransactionLog log, CustomerSummaries summaries, int[] active, int[] recency, byte[] r,
      byte[] f, byte[] m, short[] segment, List<String> segmentNames) {
    this.log = log;
    this.summaries = summaries;
    this.active = active;
    this.recency = recency;
    this.r = r;
    this.f = f;
    this.m = m;
    this.segment = segment;
    this.segmentNames = segmentNames;
  }

  /** From this many active customers on, recency, frequency and monetary are scored in parallel. */
  private static final int PARALLEL_FROM = 1 << 16;

  /** Scores every customer of {@code log} with at least one purchase, as of {@code asOf}. */
  public static RfmAnalysis of(TransactionLog log, LocalDate asOf, List<RfmSegment> segments) {
    Require.notNull(log, "log");
    return of(log, CustomerSummaries.of(log), asOf, segments);
  }

  /**
   * As {@link #of(TransactionLog, LocalDate, List)}, reusing summaries already made of {@code log};
   * frequency counts distinct purchase days.
   */
  public static RfmAnalysis of(TransactionLog log, CustomerSummaries summaries, LocalDate asOf,
      List<RfmSegment> segments) {
    return of(log, summaries, asOf, segments, RfmFrequency.PURCHASE_DAYS);
  }

  /** As {@link #of(TransactionLog, CustomerSummaries, LocalDate, List)}, with what frequency counts chosen. */
  public static RfmAnalysis of(TransactionLog log, CustomerSummaries summaries, LocalDate asOf,
      List<RfmSegment> segments, RfmFrequency frequencyBy) {
    Require.notNull(frequencyBy, "frequencyBy");
    Require.notNull(log, "log");
    Require.notNull(summaries, "summaries");
    Require.notNull(asOf, "asOf");
    Require.notNull(segments, "segments");
    Require.that(summaries.customers() == log.customers() && summaries.totalPurchases() == log.size(), "summaries",
        "must summarize the whole log", summaries.customers());
    int asOfDay = Math.toIntExact(asOf.toEpochDay());
    int n = 0;
    int[] active = new int[summaries.customers()];
    for (int c = 0; c < summaries.customers(); c++) {
      if (summaries.purchases(c) > 0) {
        if (summaries.lastDay(c) > asOfDay) { // the message is built only when it is needed
          Require.that(false, "asOf", "must not be before the last purchase of " + summaries.customerId(c), asOf);
        }
        active[n++] = c;
      }
    }
    active = Arrays.copyOf(active, n);
    long[] recencyValues = new long[n];
    long[] frequency = new long[n];
    long[] monetary = new long[n];
    int[] recency = new int[n];
    int[] days = frequencyBy == RfmFrequency.PURCHASE_DAYS ? distinctDays(log, summaries) : null;
    for (int i = 0; i < n; i++) {
      int c = active[i];
      recency[i] = asOfDay - summaries.lastDay(c);
      recencyValues[i] = recency[i];
      frequency[i] = days != null ? days[c] : summaries.purchases(c);
      monetary[i] = summaries.totalMinor(c);
    }
    // Recency and frequency are small integers: counted, not sorted. Monetary shares the summaries'
    // sorted totals when every customer is active (always so for a log read from a file). The three
    // are independent: for many customers they are scored on all cores.
    byte[][] scores = new byte[3][];
    boolean everyCustomer = n == summaries.customers();
    IntStream tasks = IntStream.range(0, 3);
    (n >= PARALLEL_FROM ? tasks.parallel() : tasks).forEach(k -> {
      if (k == 0) {
        scores[0] = SortedValues.of(recencyValues).quintilesByGreater(recencyValues);
      } else if (k == 1) {
        scores[1] = SortedValues.of(frequency).quintilesByLess(frequency);
      } else {
        scores[2] = (everyCustomer ? summaries.sortedTotals()
            : SortedValues.of(monetary)).quintilesByLess(monetary);
      }
    });
    byte[] r = scores[0];
    byte[] f = scores[1];
    byte[] m = scores[2];
    short[] segment = new short[n];
    // Segment lookup by (r, f, m): 125 combinations, resolved once.
    short[] table = new short[125];
    for (int code = 0; code < 125; code++) {
      int cr = code / 25 + 1;
      int cf = code / 5 % 5 + 1;
      int cm = code % 5 + 1;
      table[code] = (short) RfmSegment.firstMatch(segments, cr, cf, cm);
    }
    for (int i = 0; i < n; i++) {
      segment[i] = table[(r[i] - 1) * 25 + (f[i] - 1) * 5 + (m[i] - 1)];
    }
    List<String> names = new ArrayList<>();
    segments.forEach(s -> names.add(s.name()));
    names.add(OTHERS);
    RfmAnalysis analysis = new RfmAnalysis(log, summaries, active, recency, r, f, m, segment, List.copyOf(names));
    analysis.distinct = days;
    return analysis;
  }

  /**
   * Distinct purchase days per customer: the days grouped by customer in one int array (a counting
   * sort by customer, using the purchase counts), each customer's few days sorted, changes counted.
   * Linear in the log, and four bytes a row of extra memory.
   */
  private static int[] distinctDays(TransactionLog log, CustomerSummaries summaries) {
    int customers = log.customers();
    int[] start = new int[customers + 1];
    for (int c = 0; c < customers; c++) {
      start[c + 1] = start[c] + summaries.purchases(c);
    }
    int[] cursor = Arrays.copyOf(start, customers);
    int[] days = new int[log.size()];
    for (int row = 0; row < log.size(); row++) {
      days[cursor[log.customerAt(row)]++] = log.dayAt(row);
    }
    int[] distinct = new int[customers];
    for (int c = 0; c < customers; c++) {
      int from = start[c];
      int to = start[c + 1];
      if (to - from > 1) {
        Arrays.sort(days, from, to);
      }
      for (int i = from; i < to; i++) {
        if (i == from || days[i] != days[i - 1]) {
          distinct[c]++;
        }
      }
    }
    return distinct;
  }

  /** How many customers were scored (those with at least one purchase). */
  public int size() {
    return active.length;
  }

  private int[] distinct() {
    int[] days = distinct;
    if (days == null) {
      days = distinctDays(log, summaries);
      distinct = days; // a benign race: two threads may both count; both get equal arrays
    }
    return days;
  }

  /** The scores of the {@code i}-th scored customer, in customer-index order. */
  public RfmScores score(int i) {
    int c = active[i];
    int[] distinct = distinct();
    return ImmutableRfmScores.builder().customerId(summaries.customerId(c)).recencyDays(recency[i])
        .purchases(summaries.purchases(c)).distinctDays(distinct[c]).totalMinor(summaries.totalMinor(c))
        .meanMinor(summaries.totalMinor(c) / summaries.purchases(c)).r(r[i]).f(f[i]).m(m[i])
        .segment(segmentNames.get(segment[i])).build();
  }

  /** Every scored customer, in customer-index order (built on each call). */
  public List<RfmScores> scores() {
    List<RfmScores> all = new ArrayList<>(active.length);
    for (int i = 0; i < active.length; i++) {
      all.add(score(i));
    }
    return all;
  }

  /** How many customers each segment holds, in segment order, empty segments left out. */
  public Map<String, Integer> segmentSizes() {
    int[] counts = new int[segmentNames.size()];
    for (short s : segment) {
      counts[s]++;
    }
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) {
        sizes.put(segmentNames.get(k), counts[k]);
      }
    }
    return sizes;
  }
}
