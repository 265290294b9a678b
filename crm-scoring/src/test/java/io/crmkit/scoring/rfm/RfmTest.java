package io.crmkit.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.scoring.ScoringGen;
import io.crmkit.scoring.transactions.TransactionLog;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RfmTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

  private static TransactionLog fiveCustomers() {
    TransactionLog.Builder b = TransactionLog.builder(Currency.getInstance("EUR"));
    int today = (int) AS_OF.toEpochDay();
    // c-a: bought yesterday, 10 times, much. c-e: bought a year ago, once, little.
    for (int i = 0; i < 10; i++) {
      b.addMinor("c-a", today - 1 - i, 50_000);
    }
    for (int i = 0; i < 6; i++) {
      b.addMinor("c-b", today - 20 - i * 3, 20_000);
    }
    b.addMinor("c-c", today - 60, 30_000).addMinor("c-c", today - 60, 1_000).addMinor("c-c", today - 90, 1_000);
    b.addMinor("c-d", today - 200, 9_000).addMinor("c-d", today - 250, 9_000);
    b.addMinor("c-e", today - 365, 500);
    return b.build();
  }

  @Test
  void theBestCustomerScoresFiveFiveFiveAndTheLapsedOneOneOneOne() {
    Map<String, RfmScores> byId = RfmAnalysis.of(fiveCustomers(), AS_OF, RfmSegment.DEFAULTS).scores().stream()
        .collect(Collectors.toMap(RfmScores::customerId, s -> s));

    assertThat(byId.get("c-a").code()).isEqualTo("R5 F5 M5");
    assertThat(byId.get("c-a").segment()).isEqualTo("champions");
    assertThat(byId.get("c-e").code()).isEqualTo("R1 F1 M1");
    assertThat(byId.get("c-e").segment()).isEqualTo("lost");
    assertThat(byId.get("c-c").purchases()).isEqualTo(3);
    assertThat(byId.get("c-c").distinctDays()).isEqualTo(2);
    assertThat(byId.get("c-c").meanMinor()).isEqualTo(32_000 / 3);
    assertThat(byId.get("c-d").recencyDays()).isEqualTo(200);
  }

  @Test
  void segmentRulesAreDataAHostCanReplace() {
    List<RfmSegment> mine = List.of(RfmSegment.of("recent", 4, 5, 1, 5, 1, 5));
    Map<String, Integer> sizes = RfmAnalysis.of(fiveCustomers(), AS_OF, mine).segmentSizes();
    assertThat(sizes).containsEntry("recent", 2).containsEntry(RfmAnalysis.OTHERS, 3);
  }

  @Test
  void scoresLieInOneToFiveAndTiesShareAScore() {
    qt().forAll(ScoringGen.logs()).checkAssert(log -> {
      List<RfmScores> scores = RfmAnalysis.of(log, LocalDate.ofEpochDay(21_000), RfmSegment.DEFAULTS).scores();
      for (RfmScores s : scores) {
        assertThat(List.of(s.r(), s.f(), s.m())).allSatisfy(v -> assertThat(v).isBetween(1, 5));
      }
      for (RfmScores a : scores) {
        for (RfmScores b : scores) {
          if (a.totalMinor() == b.totalMinor()) {
            assertThat(a.m()).isEqualTo(b.m());
          }
          if (a.recencyDays() == b.recencyDays()) {
            assertThat(a.r()).isEqualTo(b.r());
          }
        }
      }
      // Balanced up to ties: with distinct values no quintile holds more than ceil(n / 5) customers.
      long distinctTotals = scores.stream().mapToLong(RfmScores::totalMinor).distinct().count();
      if (distinctTotals == scores.size()) {
        Map<Integer, Long> perScore = scores.stream().collect(Collectors.groupingBy(RfmScores::m, Collectors.counting()));
        perScore.values().forEach(c -> assertThat(c).isLessThanOrEqualTo((scores.size() + 4) / 5));
      }
    });
  }

  @Test
  void anAsOfDateBeforeAPurchaseIsAnError() {
    assertThatThrownBy(() -> RfmAnalysis.of(fiveCustomers(), AS_OF.minusDays(30), RfmSegment.DEFAULTS))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("asOf must not be before the last purchase");
  }

  @Test
  void aSegmentRangeMustLieOnTheScoreScale() {
    assertThatThrownBy(() -> RfmSegment.of("odd", 0, 6, 1, 5, 1, 5)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rfmSegment.odd");
  }

  /**
   * The quintile score by its definition, from a sorted copy: 1 + floor(5 x (values strictly less)
   * / n), or strictly greater where less is better. In a sorted copy, the values strictly less than
   * v are those before its first place, the values strictly greater those after its last.
   */
  private static int quintile(long[] sorted, Map<Long, int[]> places, long v, boolean lessIsBetter) {
    int n = sorted.length;
    int[] firstAndLast = places.get(v);
    int less = firstAndLast[0];
    int greater = n - 1 - firstAndLast[1];
    return 1 + (int) (5L * (lessIsBetter ? greater : less) / n);
  }

  /** Each value of a sorted copy with its first and last place. */
  private static Map<Long, int[]> places(long[] sorted) {
    Map<Long, int[]> places = new HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      places.computeIfAbsent(sorted[i], v -> new int[2])[1] = i;
    }
    for (int i = sorted.length - 1; i >= 0; i--) {
      places.get(sorted[i])[0] = i;
    }
    return places;
  }

  @Test
  void aLargeLogScoredOnAllCoresGetsTheScoresOfTheDefinition() {
    // 80,000 customers: enough for recency, frequency and monetary to be scored in parallel.
    TransactionLog.Builder b = TransactionLog.builder(Currency.getInstance("EUR"));
    SplittableRandom random = new SplittableRandom(11);
    int today = (int) AS_OF.toEpochDay();
    for (int c = 0; c < 80_000; c++) {
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        b.addMinor("c-" + c, today - random.nextInt(700), 100 + random.nextInt(50_000));
      }
    }
    TransactionLog log = b.build();
    List<RfmScores> scores = RfmAnalysis.of(log, AS_OF, RfmSegment.DEFAULTS).scores();
    long[] recency = scores.stream().mapToLong(RfmScores::recencyDays).sorted().toArray();
    // Frequency is purchase occasions: distinct days (two rows on one day count once).
    long[] purchases = scores.stream().mapToLong(RfmScores::distinctDays).sorted().toArray();
    long[] totals = scores.stream().mapToLong(RfmScores::totalMinor).sorted().toArray();
    Map<Long, int[]> recencyPlaces = places(recency);
    Map<Long, int[]> purchasePlaces = places(purchases);
    Map<Long, int[]> totalPlaces = places(totals);
    assertThat(scores).hasSize(80_000).allSatisfy(s -> {
      assertThat(s.r()).isEqualTo(quintile(recency, recencyPlaces, s.recencyDays(), true));
      assertThat(s.f()).isEqualTo(quintile(purchases, purchasePlaces, s.distinctDays(), false));
      assertThat(s.m()).isEqualTo(quintile(totals, totalPlaces, s.totalMinor(), false));
    });
  }
}
