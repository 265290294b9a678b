package io.crmkit.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Stored records forged to stall a decoder (issue 22): refused by name before any arithmetic or allocation. */
class HostileRecordTest {
  private static RecordReader reader(RecordWriter w) {
    return new RecordReader(w.toByteArray(), 'T', 1, "test");
  }

  @Test
  void aStoredAmountWithAHugeExponentIsRefusedAsAFormatError() {
    RecordWriter w = new RecordWriter('T', 1).writeString("1E+999999999").writeString("EUR");
    assertThatThrownBy(() -> reader(w).readMoney("price")).isInstanceOf(RecordFormatException.class)
        .hasMessage("test record: price.amount at byte 5 is a decimal with scale -999999999, at most 64 either way is read");
  }

  @Test
  void aStoredDecimalOfThousandsOfDigitsIsRefusedBeforeItIsParsed() {
    RecordWriter w = new RecordWriter('T', 1).writeString("7".repeat(100_000));
    assertThatThrownBy(() -> reader(w).readDecimal("rate")).isInstanceOf(RecordFormatException.class)
        .hasMessage("test record: rate at byte 5 has a decimal of 100000 characters, at most 64 are read");
  }

  @Test
  void aCountLargerThanTheElementsThereAreIsAFormatErrorNotAnAllocation() {
    RecordWriter w = new RecordWriter('T', 1).writeInt(40).writeInt(1).writeInt(2);
    assertThatThrownBy(() -> reader(w).readAll("values", r -> r.readInt("value")))
        .isInstanceOf(RecordFormatException.class).hasMessageContaining("values");
    RecordWriter ok = new RecordWriter('T', 1).writeInt(2).writeInt(1).writeInt(2);
    assertThat(reader(ok).readAll("values", r -> r.readInt("value"))).containsExactly(1, 2);
  }
}
