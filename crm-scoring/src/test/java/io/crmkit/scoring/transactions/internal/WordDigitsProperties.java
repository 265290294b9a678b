package io.crmkit.scoring.transactions.internal;

import io.crmkit.scoring.PropertySize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scanner reads digits eight bytes at a time: its word arithmetic must agree, byte for byte,
 * with reading them one at a time, including for the bytes that are nearly digits ('/' just
 * below '0', ':' just above '9', bytes whose high nibble is 3, bytes near 0xFF whose carry could
 * spill into the next one).
 */
class WordDigitsProperties {
  private static final List<Integer> BYTES = List.of((int) '0', (int) '1', (int) '5', (int) '8', (int) '9',
      (int) '/', (int) ':', (int) '?', (int) '-', (int) '.', (int) ',', 0x3F, 0x40, 0x20, 0x0A, 0x0D, 0x00,
      0x7F, 0x80, 0xB0, 0xB9, 0xF0, 0xF9, 0xFA, 0xFF);

  /** Eight bytes, the first the lowest, mostly digits so that long runs come up often. */
  private static long word(List<Integer> bytes) {
    long word = 0;
    for (int i = 7; i >= 0; i--) {
      word = word << 8 | bytes.get(i);
    }
    return word;
  }

  private static int scalarLeadingDigits(List<Integer> bytes) {
    int n = 0;
    while (n < 8 && bytes.get(n) >= '0' && bytes.get(n) <= '9') {
      n++;
    }
    return n;
  }

  @Test
  void theLeadingDigitsOfAWordAndTheirValueAreThoseReadByteByByte() {
    qt().withExamples(PropertySize.examples(20_000)).forAll(lists().of(arbitrary().pick(BYTES).mix(arbitrary().pick(
        List.of((int) '0', (int) '2', (int) '3', (int) '4', (int) '6', (int) '7', (int) '9')), 60)).ofSize(8))
        .checkAssert(bytes -> {
          long word = word(bytes);
          int digits = scalarLeadingDigits(bytes);
          assertThat(FastDelimitedScanner.leadingDigits(word)).isEqualTo(digits);
          if (digits > 0) {
            long value = 0;
            for (int i = 0; i < digits; i++) {
              value = value * 10 + bytes.get(i) - '0';
            }
            assertThat(FastDelimitedScanner.leadingValue(word, digits)).isEqualTo(value);
          }
        });
  }

  @Test
  void eightNinesAndEightZerosAreTheLargestAndSmallestEightDigitNumbers() {
    assertThat(FastDelimitedScanner.leadingValue(0x3939393939393939L, 8)).isEqualTo(99_999_999L);
    assertThat(FastDelimitedScanner.leadingValue(0x3030303030303030L, 8)).isZero();
    // "12345678": the first byte is the lowest of the little-endian word.
    assertThat(FastDelimitedScanner.leadingValue(0x3837363534333231L, 8)).isEqualTo(12_345_678L);
    assertThat(FastDelimitedScanner.leadingDigits(0x2C37363534333231L)).isEqualTo(7); // "1234567,"
  }
}
