package io.crmkit.persistence;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonyms of erased customers, keyed by a secret the host keeps (in its key store, never in
 * the database): HMAC-SHA256 of the customer id under the current key. Without the key, hashing
 * every possible id does not find the pseudonym's id; with it, an auditor can confirm that a given
 * id was erased, and nothing more. Keys rotate: a new key becomes current, older ones stay to check
 * older records ({@link #confirms}) until the host drops them, after which those records can no
 * longer be tied to any id at all.
 *
 * <p>Also the source of random surrogate ids that replace a customer id in what erasure keeps for
 * statistics; a surrogate is not derived from the id and is recorded nowhere beside it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pseudonyms {
  /** The shortest secret accepted: 256 bits. */
  public static final int MIN_SECRET_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String currentKeyId;
  private final Map<String, SecretKeySpec> keys;

  private Pseudonyms(String currentKeyId, Map<String, SecretKeySpec> keys) {
    this.currentKeyId = currentKeyId;
    this.keys = keys;
  }

  /** Pseudonyms under one secret, named {@code keyId} (e.g. "2026-03") so records say which key made them. */
  public static Pseudonyms of(String keyId, byte[] secret) {
    return new Pseudonyms(Require.text(keyId, "pseudonyms.keyId"), Map.of(keyId, key(secret)));
  }

  /** These pseudonyms with {@code keyId} as the new current key; the older keys still confirm older records. */
  public Pseudonyms rotatedTo(String keyId, byte[] secret) {
    Require.text(keyId, "pseudonyms.keyId");
    Require.that(!keys.containsKey(keyId), "pseudonyms.keyId", "must be a new key id", keyId);
    Map<String, SecretKeySpec> next = new LinkedHashMap<>(keys);
    next.put(keyId, key(secret));
    return new Pseudonyms(keyId, Map.copyOf(next));
  }

  /** These pseudonyms without the key {@code keyId} (not the current one): its records become unlinkable. */
  public Pseudonyms withoutKey(String keyId) {
    Require.that(!currentKeyId.equals(keyId), "pseudonyms.keyId", "must not be the current key", keyId);
    Map<String, SecretKeySpec> next = new LinkedHashMap<>(keys);
    next.remove(keyId);
    return new Pseudonyms(currentKeyId, Map.copyOf(next));
  }

  /** The id of the key new pseudonyms are made with. */
  public String currentKeyId() {
    return currentKeyId;
  }

  /** The pseudonym of {@code id} under the current key: 64 hex digits. */
  public String of(CustomerId id) {
    Require.notNull(id, "customerId");
    return hmac(keys.get(currentKeyId), id);
  }

  /**
   * Whether {@code record} is the erasure of {@code id}; empty if the key that made it was dropped.
   */
  public Optional<Boolean> confirms(ErasureRecord record, CustomerId id) {
    Require.notNull(record, "erasureRecord");
    Require.notNull(id, "customerId");
    SecretKeySpec key = keys.get(record.pseudonymKeyId());
    return key == null ? Optional.empty()
        : Optional.of(java.security.MessageDigest.isEqual(hmac(key, id).getBytes(StandardCharsets.US_ASCII),
            record.subjectPseudonym().getBytes(StandardCharsets.US_ASCII)));
  }

  /** A fresh random id for what erasure keeps for statistics: "anon-" and 24 hex digits. */
  public CustomerId surrogate() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return CustomerId.of("anon-" + HexFormat.of().formatHex(bytes));
  }

  private static SecretKeySpec key(byte[] secret) {
    Require.notNull(secret, "pseudonyms.secret");
    Require.that(secret.length >= MIN_SECRET_BYTES, "pseudonyms.secret",
        "must hold at least " + MIN_SECRET_BYTES + " bytes", secret.length + " bytes");
    return new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  private static String hmac(SecretKeySpec key, CustomerId id) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(id.value().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "Pseudonyms{currentKeyId=" + currentKeyId + ", keys=" + keys.size() + "}";
  }
}
