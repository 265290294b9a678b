package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.validation.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Encryption at rest of the customer record: what a store seals with the host's key reads back
 * equal, under that key or any older key the host still supplies; a changed byte, a wrong key or a
 * dropped key is refused by field and key id, and records written before encryption still read.
 */
class SealedCustomerRecordTest {
  private static final RecordCipher CIPHER = RecordCipher.of("2026-12", key(7));

  static byte[] key(int seed) {
    byte[] key = new byte[RecordCipher.KEY_BYTES];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i * 17);
    }
    return key;
  }

  @Test
  void aSealedRecordReadsBackEqualInBinaryAndInJson() {
    qt().withExamples(60).forAll(CustomerCodecProperties.fullCustomers()).checkAssert(c -> {
      byte[] sealed = CustomerCodec.encode(c, CIPHER);
      assertThat(CustomerCodec.isSealed(sealed)).isTrue();
      assertThat(CustomerCodec.decode(sealed, CIPHER, c.version())).isEqualTo(c);
      assertThat(CustomerJson.decode(CustomerJson.encode(c, CIPHER), CIPHER)).isEqualTo(c);
    });
  }

  @Test
  void everyRecordHasItsOwnNonceSoTwoSealsOfTheSameCustomerDiffer() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Olu Okafor");
    byte[] first = CustomerCodec.encode(c, CIPHER);
    byte[] second = CustomerCodec.encode(c, CIPHER);
    assertThat(first).isNotEqualTo(second);
    assertThat(CustomerCodec.decode(first, CIPHER, c.version())).isEqualTo(CustomerCodec.decode(second, CIPHER, c.version()));
  }

  @Test
  void theSealedRecordNamesItsFormatAndKeyId() {
    byte[] sealed = CustomerCodec.encode(Customer.person(CustomerId.of("c-1"), "Olu Okafor"), CIPHER);
    assertThat(sealed[0]).isEqualTo((byte) 'C');
    assertThat(RecordCipher.isFormat(sealed, 'C', CustomerCodec.SEALED_FORMAT)).isTrue();
    assertThat(RecordCipher.keyIdOf(sealed, 'C', CustomerCodec.SEALED_FORMAT)).contains("2026-12");
  }

  @Test
  void recordsWrittenBeforeEncryptionStillReadInFormatsOneToThree() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Olu Okafor");
    byte[] formatThree = CustomerCodec.encode(c);
    assertThat(CustomerCodec.decode(formatThree, CIPHER, c.version())).isEqualTo(c);
    byte[] formatTwo = CustomerCodecProperties.formatTwo(formatThree, c.version());
    assertThat(CustomerCodec.decode(formatTwo, CIPHER, c.version())).isEqualTo(c);
    assertThat(CustomerJson.decode(CustomerJson.encode(c), CIPHER)).isEqualTo(c);
    // Format 1: a format 2 record without the fields format 2 added, header rewritten.
    byte[] formatOne = Arrays.copyOf(formatTwo, formatTwo.length - 5);
    formatOne[4] = 1;
    Customer old = CustomerCodec.decode(formatOne, CIPHER, c.version());
    assertThat(old.id()).isEqualTo(c.id());
    assertThat(old.displayName()).isEqualTo(c.displayName());
  }

  @Test
  void aRotatedCipherSealsUnderTheNewKeyAndStillOpensTheOldRecords() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Olu Okafor");
    byte[] old = CustomerCodec.encode(c, CIPHER);
    RecordCipher rotated = CIPHER.rotatedTo("2027-06", key(8));
    byte[] fresh = CustomerCodec.encode(c, rotated);
    assertThat(RecordCipher.keyIdOf(fresh, 'C', CustomerCodec.SEALED_FORMAT)).contains("2027-06");
    assertThat(CustomerCodec.decode(old, rotated, c.version())).isEqualTo(c);
    assertThat(CustomerCodec.decode(fresh, rotated, c.version())).isEqualTo(c);
    // A host that rebuilds its key ring: the current key and an older one it still supplies.
    RecordCipher rebuilt = RecordCipher.of("2027-06", key(8)).withOlderKey("2026-12", key(7));
    assertThat(rebuilt.currentKeyId()).isEqualTo("2027-06");
    assertThat(CustomerCodec.decode(old, rebuilt, c.version())).isEqualTo(c);
  }

  @Test
  void aRecordUnderADroppedOrUnknownKeyIsRefusedByItsKeyId() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Olu Okafor");
    byte[] old = CustomerCodec.encode(c, CIPHER);
    RecordCipher dropped = CIPHER.rotatedTo("2027-06", key(8)).withoutKey("2026-12");
    assertThatThrownBy(() -> CustomerCodec.decode(old, dropped, c.version())).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("sealed.keyId").hasMessageContaining("2026-12").hasMessageNotContaining("Olu");
  }

  @Test
  void aWrongKeyUnderTheSameIdFailsAuthentication() {
    byte[] sealed = CustomerCodec.encode(Customer.person(CustomerId.of("c-1"), "Olu Okafor"), CIPHER);
    RecordCipher impostor = RecordCipher.of("2026-12", key(9));
    assertThatThrownBy(() -> CustomerCodec.decode(sealed, impostor, 1)).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("fails authentication");
  }

  @Test
  void everyChangedByteOfASealedRecordIsRefusedNeverReadAsAnotherCustomer() {
    qt().withExamples(5).forAll(CustomerCodecProperties.fullCustomers()).checkAssert(c -> {
      byte[] sealed = CustomerCodec.encode(c, CIPHER);
      for (int i = 0; i < sealed.length; i++) {
        byte[] damaged = sealed.clone();
        damaged[i] ^= 0x01;
        assertThatThrownBy(() -> CustomerCodec.decode(damaged, CIPHER, c.version())).as("changed byte " + i)
            .isInstanceOf(RecordFormatException.class);
      }
    });
  }

  @Test
  void aTruncatedSealedRecordIsRefused() {
    byte[] sealed = CustomerCodec.encode(Customer.person(CustomerId.of("c-1"), "Olu Okafor"), CIPHER);
    for (int length = 5; length < sealed.length; length++) {
      byte[] cut = Arrays.copyOf(sealed, length);
      assertThatThrownBy(() -> CustomerCodec.decode(cut, CIPHER, 1)).isInstanceOf(RecordFormatException.class);
    }
  }

  @Test
  void sealedJsonWithAChangedCiphertextOrNotBase64IsRefused() {
    String json = CustomerJson.encode(Customer.person(CustomerId.of("c-1"), "Olu Okafor"), CIPHER);
    String sealed = json.replaceAll(".*\"sealed\":\"([^\"]*)\".*", "$1");
    byte[] bytes = Base64.getDecoder().decode(sealed);
    bytes[bytes.length - 1] ^= 0x01;
    String changed = json.replace(sealed, Base64.getEncoder().encodeToString(bytes));
    assertThatThrownBy(() -> CustomerJson.decode(changed, CIPHER)).isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("fails authentication");
    assertThatThrownBy(() -> CustomerJson.decode(json.replace(sealed, "not*base64"), CIPHER))
        .isInstanceOf(RecordFormatException.class).hasMessageContaining("base64");
  }

  @Test
  void aSealedRecordWithoutTheCipherIsRefusedAndSaysWhy() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Olu Okafor");
    assertThatThrownBy(() -> CustomerCodec.decode(CustomerCodec.encode(c, CIPHER), c.version()))
        .isInstanceOf(RecordFormatException.class).hasMessageContaining("RecordCipher");
    assertThatThrownBy(() -> CustomerJson.decode(CustomerJson.encode(c, CIPHER)))
        .isInstanceOf(RecordFormatException.class).hasMessageContaining("RecordCipher");
  }

  @Test
  void aKeyMustBe256BitsAndAKeyIdPlainText() {
    assertThatThrownBy(() -> RecordCipher.of("k1", new byte[16])).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recordCipher.key");
    assertThatThrownBy(() -> RecordCipher.of("k 1\n", key(1))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("recordCipher.keyId");
    assertThatThrownBy(() -> CIPHER.withoutKey("2026-12")).isInstanceOf(InvalidValueException.class);
    assertThat(CIPHER.toString()).contains("2026-12").doesNotContain(new String(key(7), StandardCharsets.ISO_8859_1));
  }
}
