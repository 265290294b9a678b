package io.crmkit.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerCodecProperties;
import io.crmkit.core.customer.CustomerGen;
import io.crmkit.core.customer.CustomerJson;
import io.crmkit.core.codec.RecordCipher;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The attacker reads the stored form (a stolen backup, a database file, a jsonb column) and
 * searches it for what the customer record holds: names, contact points, confidential fact values,
 * needs, notes and amounts. Sealed with the host's key, the stored form holds none of them.
 */
class EncryptionAtRestAttackTest {

  /** The host's key for these tests (a real host reads its key from its key store). */
  static final RecordCipher CIPHER = RecordCipher.of("2026-12", key(7));

  static byte[] key(int seed) {
    byte[] key = new byte[RecordCipher.KEY_BYTES];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i * 17);
    }
    return key;
  }

  /** What a store writes for {@code c} with encryption at rest on. */
  static byte[] stored(Customer c) {
    return CustomerCodec.encode(c, CIPHER);
  }

  static String storedJson(Customer c) {
    return CustomerJson.encode(c, CIPHER);
  }

  /**
   * Ciphertext is random bytes: any text of 3 or 4 characters turns up in it by chance now and then,
   * so the sealed bytes are searched for the values of at least this many characters.
   */
  static final int SEARCHED_IN_CIPHERTEXT = 5;

  /** The personal values and every amount of the customer, as text an attacker would search for. */
  static Set<String> secrets(Customer c) {
    Set<String> values = new HashSet<>(LeakScanTest.personalValues(c));
    c.orders().forEach(o -> values.add(o.unitPrice().amount().toPlainString()));
    c.potentialVolume().ifPresent(v -> values.add(v.amount().toPlainString()));
    c.quotations().forEach(q -> values.add(q.price().amount().toPlainString()));
    values.add(c.id().value());
    values.removeIf(v -> v.length() < 3);
    return values;
  }

  @Test
  void theStoredRecordHoldsNoPersonalValueNorAmountInClear() {
    qt().withExamples(40).forAll(CustomerCodecProperties.fullCustomers()).checkAssert(c -> {
      byte[] bytes = stored(c);
      String asText = new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);
      for (String secret : secrets(c)) {
        assertThat(secret.length() >= SEARCHED_IN_CIPHERTEXT && asText.contains(secret))
            .as("the stored record holds a " + secret.length()
            + "-character personal value or amount in clear").isFalse();
      }
    });
  }

  @Test
  void theStoredJsonHoldsNoPersonalValueNorAmountInClear() {
    qt().withExamples(40).forAll(CustomerCodecProperties.fullCustomers()).checkAssert(c -> {
      String json = storedJson(c);
      String sealed = json.replaceAll(".*\"sealed\":\"([^\"]*)\".*", "$1");
      String outside = json.replace(sealed, "");
      byte[] bytes = java.util.Base64.getDecoder().decode(sealed);
      String ciphertext = new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.ISO_8859_1);
      for (String secret : secrets(c)) {
        assertThat(outside.contains(secret)).as("the stored JSON holds a " + secret.length()
            + "-character personal value or amount in clear").isFalse();
        assertThat(secret.length() >= SEARCHED_IN_CIPHERTEXT && ciphertext.contains(secret))
            .as("the sealed text holds a " + secret.length() + "-character value in clear").isFalse();
      }
    });
  }
}
