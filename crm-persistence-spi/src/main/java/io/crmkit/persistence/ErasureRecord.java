package io.crmkit.persistence;

import io.crmkit.core.validation.CrmStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The record that a customer's personal data was erased, holding no personal data itself: a keyed
 * pseudonym of the id ({@link Pseudonyms}), which key made it, when, and what was touched. It does
 * not name the surrogate the statistics were kept under.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ErasureRecord {
  /** HMAC-SHA256 of the customer id under the host's key, hex: confirms an erasure for a given id, never finds the id. */
  public abstract String subjectPseudonym();

  /** The id of the key that made {@link #subjectPseudonym()}. */
  public abstract String pseudonymKeyId();

  public abstract Instant erasedAt();

  public abstract boolean customerErased();

  /** How many ids were erased besides the one asked for: the aliases of merged records. */
  @Value.Default
  public int aliasesErased() {
    return 0;
  }

  public abstract int complaintsErased();

  /** Whether a personality style profile was removed. */
  @Value.Default
  public boolean styleProfileErased() {
    return false;
  }

  /** How many other customers' consents or related-party links named the erased ids and were removed. */
  @Value.Default
  public int linksRemoved() {
    return 0;
  }

  /** How many interactions had their personal content erased. */
  @Value.Default
  public int interactionsErased() {
    return 0;
  }
}
