package io.crmkit.persistence;

import io.crmkit.core.validation.CrmStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The record that a customer's personal data was erased, holding no personal data itself: a
 * one-way pseudonym of the id (SHA-256), when, and what was touched.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ErasureRecord {
  /** SHA-256 of the customer id, hex: lets an auditor confirm an erasure for a given id, not find the id. */
  public abstract String subjectPseudonym();

  public abstract Instant erasedAt();

  public abstract boolean customerErased();

  public abstract int complaintsErased();

  /** Whether a personality style profile was removed. */
  @Value.Default
  public boolean styleProfileErased() {
    return false;
  }

  /** How many interactions had their personal content erased. */
  @Value.Default
  public int interactionsErased() {
    return 0;
  }
}
