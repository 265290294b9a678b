package io.crmkit.core.codec;

import io.crmkit.core.validation.Require;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest with keys the host keeps (in its key store or KMS, never in the database):
 * AES-256-GCM from the Java runtime, a fresh random 96-bit nonce for every record, the key's id in
 * the record so keys can rotate. A sealed record is authenticated: a changed byte anywhere (its
 * header, key id, nonce or ciphertext) or a wrong key makes opening fail with a
 * {@link RecordFormatException} that names the record and the key id, never a stored value; nothing
 * is decoded from bytes that fail authentication.
 *
 * <p>What it guarantees: someone who reads the stored bytes without the key learns the record's type
 * and format, the key id, and the ciphertext's length (so roughly the record's size), nothing of its
 * fields; someone who changes them cannot make a store read a changed record. What it does not do:
 * hide the columns a store keeps beside the record for its own queries (ids, versions, times), stop a
 * store from reading a whole older record that the attacker put back in place of a newer one under
 * the same key (the store's version column and the host's backups decide that), or protect a record
 * in memory.
 *
 * <p>Keys rotate ({@link #rotatedTo}): the new key seals, older
 * keys still open the records they sealed until the host drops them; a record is sealed again under
 * the current key when it is next written. Random 96-bit nonces keep a key safe for about 2^32
 * sealed records (NIST SP 800-38D): rotate well before one key has sealed that many.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecordCipher {
  /** AES-256: exactly 32 key bytes. */
  public static final int KEY_BYTES = 32;
  /** The GCM nonce: 96 random bits per record. */
  public static final int NONCE_BYTES = 12;
  /** The GCM authentication tag: 128 bits. */
  public static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final SecureRandom RANDOM = new SecureRandom();
  /** A Cipher is not thread-safe and costly to look up: one per thread, initialised for each record. */
  private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
    try {
      return Cipher.getInstance(TRANSFORMATION);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(TRANSFORMATION + " is part of every Java 17 runtime", e);
    }
  });

  private final String currentKeyId;
  private final Map<String, SecretKeySpec> keys;

  private RecordCipher(String currentKeyId, Map<String, SecretKeySpec> keys) {
    this.currentKeyId = currentKeyId;
    this.keys = keys;
  }

  /**
   * A cipher sealing with one 256-bit {@code key}, named {@code keyId} (1 to 64 letters, digits or
   * {@code . _ : -}, e.g. "2026-03") so every record says which key sealed it.
   */
  public static RecordCipher of(String keyId, byte[] key) {
    return new RecordCipher(keyId(keyId), Map.of(keyId, key(key)));
  }

  /** This cipher with {@code keyId} as the new sealing key; the older keys still open their records. */
  public RecordCipher rotatedTo(String keyId, byte[] key) {
    keyId(keyId);
    Require.that(!keys.containsKey(keyId), "recordCipher.keyId", "must be a new key id", keyId);
    Map<String, SecretKeySpec> next = new LinkedHashMap<>(keys);
    next.put(keyId, key(key));
    return new RecordCipher(keyId, Map.copyOf(next));
  }

  /**
   * This cipher able to open records sealed under an older {@code keyId} as well, for a host that
   * rebuilds its key ring from its key store: the current key stays the sealing key.
   */
  public RecordCipher withOlderKey(String keyId, byte[] key) {
    keyId(keyId);
    Require.that(!keys.containsKey(keyId), "recordCipher.keyId", "must be a new key id", keyId);
    Map<String, SecretKeySpec> next = new LinkedHashMap<>(keys);
    next.put(keyId, key(key));
    return new RecordCipher(currentKeyId, Map.copyOf(next));
  }

  /** This cipher without the key {@code keyId} (not the current one): its records no longer open. */
  public RecordCipher withoutKey(String keyId) {
    Require.that(!currentKeyId.equals(keyId), "recordCipher.keyId", "must not be the current key", keyId);
    Map<String, SecretKeySpec> next = new LinkedHashMap<>(keys);
    next.remove(keyId);
    return new RecordCipher(currentKeyId, Map.copyOf(next));
  }

  /** The id of the key new records are sealed with. */
  public String currentKeyId() {
    return currentKeyId;
  }

  /** The ids of every key this cipher opens records with. */
  public Set<String> keyIds() {
    return keys.keySet();
  }

  /**
   * Seals {@code plain} as a record of type {@code tag} in {@code format}: the tag, the format, the
   * current key id, a random nonce, then the ciphertext with its authentication tag. Everything
   * before the ciphertext and {@code context} (for example the row's id, so a record cannot be moved
   * to another row; empty if none) is authenticated with it.
   */
  public byte[] seal(char tag, int format, String context, byte[] plain) {
    Require.notNull(context, "recordCipher.context");
    Require.notNull(plain, "recordCipher.plain");
    RecordWriter header = new RecordWriter(tag, format).writeString(currentKeyId);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] head = header.toByteArray();
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), nonce, head, context, plain, 0,
        plain.length);
    byte[] out = Arrays.copyOf(head, head.length + NONCE_BYTES + sealed.length);
    System.arraycopy(nonce, 0, out, head.length, NONCE_BYTES);
    System.arraycopy(sealed, 0, out, head.length + NONCE_BYTES, sealed.length);
    return out;
  }

  /**
   * Whether {@code bytes} begin as a {@code tag} record in {@code format}: the check a codec makes
   * before choosing between reading and {@linkplain #open opening}.
   */
  public static boolean isFormat(byte[] bytes, char tag, int format) {
    return bytes != null && bytes.length >= 5 && bytes[0] == (byte) tag && ((bytes[1] & 0xff) << 24
        | (bytes[2] & 0xff) << 16 | (bytes[3] & 0xff) << 8 | bytes[4] & 0xff) == format;
  }

  /**
   * The plain bytes a {@link #seal sealed} record holds, after checking that nothing in it changed.
   *
   * @throws RecordFormatException if the bytes are not a sealed {@code tag} record in {@code format},
   *     were sealed under a key this cipher does not hold, or fail authentication (changed, cut short,
   *     a wrong key or another {@code context}); the message names the record and the key id only
   */
  public byte[] open(byte[] bytes, char tag, int format, String record, String context) {
    Require.notNull(context, "recordCipher.context");
    RecordReader r = new RecordReader(bytes, tag, format, record);
    if (r.format() != format) {
      throw new RecordFormatException(record, "format", 1, "is format " + r.format() + ", not the sealed format "
          + format);
    }
    int keyIdAt = r.position();
    String keyId = r.readString("sealed.keyId");
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new RecordFormatException(record, "sealed.keyId", keyIdAt, "holds a " + keyId.length()
          + "-character text that is not a key id");
    }
    SecretKeySpec key = keys.get(keyId);
    if (key == null) {
      throw new RecordFormatException(record, "sealed.keyId", keyIdAt, "names key " + keyId
          + ", which the host's cipher does not hold (it holds " + keys.size() + " keys)");
    }
    int nonceAt = r.position();
    if (bytes.length - nonceAt < NONCE_BYTES + TAG_BITS / 8) {
      throw new RecordFormatException(record, "sealed.nonce", nonceAt, "is cut short: "
          + (bytes.length - nonceAt) + " bytes left for the nonce and the ciphertext");
    }
    byte[] head = Arrays.copyOf(bytes, nonceAt);
    byte[] nonce = Arrays.copyOfRange(bytes, nonceAt, nonceAt + NONCE_BYTES);
    int cipherAt = nonceAt + NONCE_BYTES;
    try {
      return crypt(Cipher.DECRYPT_MODE, key, nonce, head, context, bytes, cipherAt, bytes.length - cipherAt);
    } catch (SealBrokenException e) {
      throw new RecordFormatException(record, "sealed", cipherAt, "fails authentication under key " + keyId
          + ": changed, cut short, sealed for another row or under another key with this id");
    }
  }

  private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, byte[] head, String context, byte[] data,
      int offset, int length) {
    try {
      Cipher cipher = CIPHERS.get();
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(head);
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(data, offset, length);
    } catch (AEADBadTagException e) {
      throw new SealBrokenException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(TRANSFORMATION + " with a 256-bit key is part of every Java 17 runtime", e);
    }
  }

  /** Authentication failed; carries nothing of the bytes. */
  private static final class SealBrokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SealBrokenException() {
      super(null, null, false, false);
    }
  }

  private static String keyId(String keyId) {
    Require.text(keyId, "recordCipher.keyId");
    Require.that(KEY_ID.matcher(keyId).matches(), "recordCipher.keyId",
        "must be 1 to 64 letters, digits or . _ : -", keyId.length() + " characters");
    return keyId;
  }

  private static SecretKeySpec key(byte[] key) {
    Require.notNull(key, "recordCipher.key");
    Require.that(key.length == KEY_BYTES, "recordCipher.key", "must hold exactly " + KEY_BYTES
        + " bytes (AES-256)", key.length + " bytes");
    return new SecretKeySpec(key.clone(), "AES");
  }

  /** The type tag of a record {@link #sealRecord sealed whole}, whatever record it holds. */
  public static final char SEALED_RECORD_TAG = 'S';
  /** The format of a record {@link #sealRecord sealed whole}. */
  public static final int SEALED_RECORD_FORMAT = 1;

  /**
   * Seals a whole plain record of any codec (its own tag and format inside), bound to {@code context}
   * (a store passes the row's key, so a sealed record cannot be moved to another row unnoticed).
   */
  public byte[] sealRecord(byte[] plainRecord, String context) {
    return seal(SEALED_RECORD_TAG, SEALED_RECORD_FORMAT, context, plainRecord);
  }

  /** Whether {@code bytes} are a record {@link #sealRecord sealed whole}. */
  public static boolean isSealedRecord(byte[] bytes) {
    return isFormat(bytes, SEALED_RECORD_TAG, SEALED_RECORD_FORMAT);
  }

  /**
   * The plain record a {@link #sealRecord sealed} one holds, for its codec to decode.
   *
   * @throws RecordFormatException as {@link #open} does
   */
  public byte[] openRecord(byte[] sealed, String record, String context) {
    return open(sealed, SEALED_RECORD_TAG, SEALED_RECORD_FORMAT, record, context);
  }

  /** The key ids only; never a key. */
  @Override
  public String toString() {
    return "RecordCipher{AES-256-GCM, currentKeyId=" + currentKeyId + ", keys=" + keys.size() + "}";
  }

  /** The id of the key that sealed {@code bytes}, if they are a sealed {@code tag} record in {@code format}. */
  public static Optional<String> keyIdOf(byte[] bytes, char tag, int format) {
    if (!isFormat(bytes, tag, format)) {
      return Optional.empty();
    }
    try {
      RecordReader r = new RecordReader(bytes, tag, format, "sealed");
      String id = r.readString("sealed.keyId");
      return KEY_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    } catch (RecordFormatException e) {
      return Optional.empty();
    }
  }
}
