package io.crmkit.core.customer.profile;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.internal.FactContent;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing we know about a customer, with where it came from, when it was recorded, when it was
 * last verified and whether the customer disputes it. Wrong information is worse than none, so
 * facts are never overwritten: a new value, a verification or a dispute is a new revision, and
 * {@link Customer#factHistory} keeps every one.
 *
 * <p>{@link Sensitivity#PERSONAL} and {@link Sensitivity#CONFIDENTIAL} values never appear in
 * {@code toString}; a confidential value cannot be read from the fact at all, only through
 * {@link Customer#disclose}. Financial facts must be confidential.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ProfileFact {
  static {
    FactContent.lend(ProfileFact::content);
  }

  public abstract FactKey key();

  public abstract FactCategory category();

  public abstract Sensitivity sensitivity();

  /**
   * The raw value; package-private so that confidential values leave only through disclosure (the
   * aggregate and its codec read it through the unexported {@code FactContent}).
   */
  abstract String content();

  /** Where the fact came from: "account opening form", "call with J. Li", "credit bureau". */
  public abstract String source();

  public abstract Instant recordedAt();

  /** When the fact was last confirmed to be true; empty if never since it was recorded. */
  public abstract Optional<Instant> lastVerifiedAt();

  /** Whether the customer (or another source) says the fact is wrong. */
  @Value.Default
  public boolean disputed() {
    return false;
  }

  /** Why the fact is disputed; present exactly when {@link #disputed()} is. */
  public abstract Optional<String> disputeReason();

  /** The customer this fact was recorded for before a merge moved it here; empty if recorded here. */
  public abstract Optional<CustomerId> mergedFrom();

  /** Starts a fact: key, category, sensitivity, value, source and recording time are required. */
  public static ImmutableProfileFact.Builder builder() {
    return ImmutableProfileFact.builder();
  }

  @Value.Check
  protected void check() {
    if (sensitivity() == Sensitivity.CONFIDENTIAL) {
      Require.confidentialText(content(), "profileFact.content");
    } else {
      Require.text(content(), "profileFact.content");
    }
    Require.text(source(), "profileFact.source");
    Require.that(category() != FactCategory.FINANCIAL || sensitivity() == Sensitivity.CONFIDENTIAL,
        "profileFact.sensitivity", "must be CONFIDENTIAL for a FINANCIAL fact", sensitivity());
    lastVerifiedAt().ifPresent(v -> Require.that(!v.isBefore(recordedAt()),
        "profileFact.lastVerifiedAt", "must not be before recordedAt " + recordedAt(), v));
    Require.that(disputed() == disputeReason().isPresent(), "profileFact.disputeReason",
        "must be present exactly when the fact is disputed", disputeReason());
    disputeReason().ifPresent(r -> Require.text(r, "profileFact.disputeReason"));
  }

  /**
   * The value, if staff may read it directly: empty for a confidential fact, whose value is only
   * released by {@link Customer#disclose} for a stated purpose.
   */
  public Optional<String> value() {
    return sensitivity() == Sensitivity.CONFIDENTIAL ? Optional.empty() : Optional.of(content());
  }

  /** When the fact was last known to be true: the last verification, or else its recording. */
  public Instant confirmedAt() {
    return lastVerifiedAt().orElse(recordedAt());
  }

  /** Whether the fact was last confirmed longer than {@code maxAge} before {@code now}. */
  public boolean isStale(Duration maxAge, Instant now) {
    return confirmedAt().plus(maxAge).isBefore(now);
  }

  /** The next revision: the same fact verified at {@code at}; {@link Customer#verifyFact} records it. */
  public ProfileFact verifiedAt(Instant at) {
    Require.that(!at.isBefore(recordedAt()), "profileFact.lastVerifiedAt",
        "must not be before recordedAt " + recordedAt(), at);
    return ImmutableProfileFact.copyOf(this).withLastVerifiedAt(at);
  }

  /** The next revision: the same fact marked disputed for {@code reason}; {@link Customer#disputeFact} records it. */
  public ProfileFact disputedFor(String reason) {
    return ImmutableProfileFact.builder().from(this).disputed(true).disputeReason(reason).build();
  }

  /**
   * The same fact, moved from {@code origin} by a merge: source, times and dispute are kept; a fact
   * that was already moved keeps its first origin.
   */
  public ProfileFact movedFrom(CustomerId origin) {
    return mergedFrom().isPresent() ? this : ImmutableProfileFact.copyOf(this).withMergedFrom(origin);
  }

  @Override
  public String toString() {
    return "ProfileFact{" + key() + " " + category() + " " + sensitivity()
        + " value=" + (sensitivity().isRedacted() ? CrmStyle.REDACTED : "'" + content() + "'")
        + ", source=" + source() + ", recordedAt=" + recordedAt()
        + lastVerifiedAt().map(v -> ", lastVerifiedAt=" + v).orElse("")
        + (disputed() ? ", disputed" : "")
        + mergedFrom().map(m -> ", mergedFrom=" + m).orElse("") + "}";
  }
}
