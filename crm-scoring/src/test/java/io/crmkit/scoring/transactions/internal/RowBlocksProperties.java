package io.crmkit.scoring.transactions.internal;

import io.crmkit.scoring.PropertySize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A log read in parts joins them by taking the later parts' row blocks over as segments, not by
 * copying rows: every row must still be found where a log built row by row has it, by index and
 * block by block, around every block and segment boundary, with wide amounts anywhere.
 */
class RowBlocksProperties {
  private static final int B = RowBlocks.BLOCK;
  private static final int F = RowBlocks.FIRST_BLOCK;
  /** Row counts around the block boundaries, and around the first block's size before it grows. */
  private static final List<Integer> SIZES = List.of(0, 1, 7, F - 1, F, F + 1, 3 * F, B - 1, B, B + 1, 2 * B + 5);

  private static int customerOf(int part, int row) {
    return (row * 31 + part) % 1000;
  }

  private static int dayOf(int part, int row) {
    return 18_000 + (row + part) % 900;
  }

  /** Now and then beyond the int range, so some blocks keep their amounts as longs. */
  private static long amountOf(int part, int row, int wideEvery) {
    return wideEvery > 0 && row % wideEvery == wideEvery - 1 ? 5_000_000_000L + row : 100 + (row + part) % 5000;
  }

  /** Part 0 as a log of unknown size (its first block starts small and grows), part 1 sized for its rows. */
  private static RowBlocks part(int part, int rows, int wideEvery) {
    RowBlocks blocks = part == 0 ? new RowBlocks() : new RowBlocks(rows);
    for (int r = 0; r < rows; r++) {
      blocks.add(customerOf(part, r), dayOf(part, r), amountOf(part, r, wideEvery));
    }
    return blocks;
  }

  @Test
  void joinedPartsHoldEveryRowInFileOrderWithTheLaterPartsCustomersMapped() {
    int[] global = new int[1000];
    for (int c = 0; c < global.length; c++) {
      global[c] = 999 - c;
    }
    qt().withExamples(PropertySize.examples(30)).forAll(arbitrary().pick(SIZES), arbitrary().pick(SIZES), integers().between(0, 3),
        integers().between(0, 2))
        .checkAssert((first, second, wide, extra) -> {
          // 0: int amounts only; 700: a wide amount while the first block still grows
          int wideEvery = wide == 0 ? 0 : wide == 1 ? 700 : wide * 400_000;
          RowBlocks joined = part(0, first, wideEvery);
          joined.adopt(part(1, second, wideEvery), global);
          for (int r = 0; r < extra; r++) {
            joined.add(7, 20_000, 42); // rows may still be added after a join
          }
          assertThat(joined.size()).isEqualTo(first + second + extra);
          int[] checked = new int[1];
          long[] sum = new long[1];
          for (int k = 0; k < joined.blocks(); k++) {
            joined.visitBlock(k, (c, d, a, w, n) -> {
              for (int i = 0; i < n; i++) {
                sum[0] += a != null ? a[i] : w[i];
              }
              checked[0] += n;
            });
          }
          long expectedSum = 42L * extra;
          for (int r = 0; r < first; r++) {
            expectedSum += amountOf(0, r, wideEvery);
          }
          for (int r = 0; r < second; r++) {
            expectedSum += amountOf(1, r, wideEvery);
          }
          assertThat(checked[0]).as("rows visited block by block").isEqualTo(joined.size());
          assertThat(sum[0]).as("amounts visited block by block").isEqualTo(expectedSum);
          for (int r : new int[] {0, first - 1, first, first + second / 2, first + second - 1, F - 1, F, F + 1,
              2 * F, B - 1, B, B + 1}) {
            if (r >= 0 && r < first) {
              assertThat(joined.customerAt(r)).isEqualTo(customerOf(0, r));
              assertThat(joined.dayAt(r)).isEqualTo(dayOf(0, r));
              assertThat(joined.amountAt(r)).isEqualTo(amountOf(0, r, wideEvery));
            } else if (r >= first && r < first + second) {
              int s = r - first;
              assertThat(joined.customerAt(r)).isEqualTo(global[customerOf(1, s)]);
              assertThat(joined.dayAt(r)).isEqualTo(dayOf(1, s));
              assertThat(joined.amountAt(r)).isEqualTo(amountOf(1, s, wideEvery));
            }
          }
          for (int r = first + second; r < joined.size(); r++) {
            assertThat(joined.customerAt(r)).isEqualTo(7);
            assertThat(joined.amountAt(r)).isEqualTo(42);
          }
        });
  }

  @Test
  void aSmallLogTakesRoomForAFewRowsNotAFullBlockAndGrowsByDoubling() {
    RowBlocks few = part(0, 10, 0);
    assertThat(few.allocatedRows()).isEqualTo(F);
    RowBlocks grown = part(0, 3 * F, 0);
    assertThat(grown.allocatedRows()).as("1024 doubled twice").isEqualTo(4L * F);
    assertThat(part(0, B + 1, 0).allocatedRows()).as("a full first block and a second one").isEqualTo(2L * B);
    assertThat(new RowBlocks(50_000).allocatedRows()).as("nothing before the first row").isZero();
    RowBlocks expected = new RowBlocks(50_000);
    expected.add(1, 2, 3);
    assertThat(expected.allocatedRows()).as("sized for the rows expected").isEqualTo(50_000);
  }

  @Test
  void customersSetInBatchesForTheLastRowsAddedLandOnThoseRowsAcrossBlocksAndSegments() {
    qt().withExamples(PropertySize.examples(30)).forAll(arbitrary().pick(SIZES), arbitrary().pick(SIZES), integers().between(1, 40))
        .checkAssert((first, second, batch) -> {
          RowBlocks rows = part(0, first, 0);
          rows.adopt(part(1, 0, 0), new int[0]); // no rows: nothing changes
          RowBlocks later = part(1, 1, 0);
          rows.adopt(later, new int[1000]); // a second segment of one row, its customer mapped to 0
          int base = rows.size();
          int[] pending = new int[batch];
          int count = 0;
          for (int r = 0; r < second; r++) {
            rows.add(-1, dayOf(2, r), 1); // the customer resolved later, as readers do
            pending[count++] = customerOf(2, r);
            if (count == batch || r == second - 1) {
              rows.setLastCustomers(pending, count);
              count = 0;
            }
          }
          assertThat(rows.size()).isEqualTo(base + second);
          for (int r : new int[] {0, first - 1, first, base, base + 1, base + batch, B - 1, B, B + 1, 2 * B + 3,
              base + second - 1}) {
            if (r >= 0 && r < first) {
              assertThat(rows.customerAt(r)).isEqualTo(customerOf(0, r));
            } else if (r == first) {
              assertThat(rows.customerAt(r)).isZero();
            } else if (r >= base && r < base + second) {
              assertThat(rows.customerAt(r)).as("row %d", r).isEqualTo(customerOf(2, r - base));
              assertThat(rows.dayAt(r)).isEqualTo(dayOf(2, r - base));
            }
          }
        });
  }
}
