package io.crmkit.scoring.transactions.internal;

import io.crmkit.scoring.PropertySize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A log built in memory numbers its customers in order of first appearance: the id index must give
 * every id the number a map filled in that order gives it, however the ids' hashes collide, and
 * keep every id once.
 */
class IdIndexProperties {
  /**
   * Ids from a small pool, so they repeat; "Aa" and "BB" (and every string made of them) share a
   * hash code, so hashes collide as well as slots.
   */
  private static String id(int n) {
    if (n % 4 == 0) {
      StringBuilder s = new StringBuilder();
      for (int bit = 0; bit < 6; bit++) {
        s.append((n >> (bit + 2) & 1) == 0 ? "Aa" : "BB");
      }
      return s.toString();
    }
    return n % 4 == 1 ? "c-" + n : String.valueOf(100_000_000 + n);
  }

  @Test
  void everyIdGetsTheNumberOfItsFirstAppearanceAndKeepsIt() {
    qt().withExamples(PropertySize.examples(300)).forAll(lists().of(integers().between(0, 400)).ofSizeBetween(0, 2_000))
        .checkAssert(picks -> {
          IdIndex index = new IdIndex();
          Map<String, Integer> expected = new LinkedHashMap<>();
          for (int pick : picks) {
            String id = id(pick);
            Integer before = expected.putIfAbsent(id, expected.size());
            // a new String each time, so a match must come from equals, not from identity
            assertThat(index.indexOf(new String(id))).isEqualTo(before != null ? before : expected.size() - 1);
          }
          assertThat(index.size()).isEqualTo(expected.size());
          assertThat(Arrays.asList(index.ids()).subList(0, index.size())).containsExactlyElementsOf(expected.keySet());
        });
  }

  @Test
  void aMillionDistinctIdsGrowTheTableAndAreAllFoundAgain() {
    IdIndex index = new IdIndex();
    int n = 1 << 20;
    for (int i = 0; i < n; i++) {
      assertThat(index.indexOf(Integer.toString(i * 7919))).isEqualTo(i);
    }
    for (int i = n - 1; i >= 0; i -= 997) {
      assertThat(index.indexOf(Integer.toString(i * 7919))).isEqualTo(i);
    }
    assertThat(index.size()).isEqualTo(n);
    assertThat(List.of(index.ids()[0], index.ids()[n - 1])).containsExactly("0", Integer.toString((n - 1) * 7919));
  }
}
