package io.crmkit.core.customer.profile;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.internal.FactContent;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing we know about a customer, with where it came from, when it was recorded, when it was
 * last verified and whether the customer disputes it. Wrong information is worse than none, so
 * facts are never overwritten: a new value, a verification or a dispute is a new revision, and
 * {@link Customer#factHistory} keeps every one.
 *
 * <p>{@link Sensitivity#PERSONAL} and {@link Sensitivity#CONFIDENTIAL} values never appear in
 * {@code toString}; a confidential value cannot be read from the fact at all, only through
 * {@link io.crmkit.core.customer.confidentiality.Disclosures}. Financial facts must be confidential.
 *
 * <p>Written by hand rather than generated: a generated implementation would be a public class
 * with a public accessor of the content, and its {@code equals} would confirm a guessed value.
 * Each built fact is one recorded <em>revision</em> with an unguessable identity: two facts are
 * equal only when they are the same revision (a copy of it, or the revision read back from
 * storage), so comparing a fact with one built around a guessed value always answers "different".
 *
 * <p>Immutable and thread-safe.
 */
public final class ProfileFact {
  private static final SecureRandom REVISIONS = new SecureRandom();

  static {
    FactContent.lend(ProfileFact::content, ProfileFact::revision, ProfileFact::restore);
  }

  private final FactKey key;
  private final FactCategory category;
  private final Sensitivity sensitivity;
  private final String content;
  private final String source;
  private final Instant recordedAt;
  private final Optional<Instant> lastVerifiedAt;
  private final boolean disputed;
  private final Optional<String> disputeReason;
  private final Optional<CustomerId> mergedFrom;
  private final long revision;

  private ProfileFact(Builder b, long revision) {
    this.key = given(b.key, "key");
    this.category = given(b.category, "category");
    this.sensitivity = given(b.sensitivity, "sensitivity");
    this.content = b.content;
    Require.thatConfidential(content != null, "profileFact.content", "must be given");
    this.source = given(b.source, "source");
    this.recordedAt = given(b.recordedAt, "recordedAt");
    this.lastVerifiedAt = b.lastVerifiedAt;
    this.disputed = b.disputed;
    this.disputeReason = b.disputeReason;
    this.mergedFrom = b.mergedFrom;
    this.revision = revision;
    check();
  }

  private static <T> T given(T value, String field) {
    Require.that(value != null, "profileFact." + field, "must be given", "missing " + field);
    return value;
  }

  public FactKey key() {
    return key;
  }

  public FactCategory category() {
    return category;
  }

  public Sensitivity sensitivity() {
    return sensitivity;
  }

  /**
   * The raw value; private so that confidential values leave only through disclosure (the
   * aggregate and its codec read it through the unexported {@link FactContent}).
   */
  private String content() {
    return content;
  }

  /** The identity of this revision, for the codec (through {@link FactContent}); never public. */
  private long revision() {
    return revision;
  }

  /** Where the fact came from: "account opening form", "call with J. Li", "credit bureau". */
  public String source() {
    return source;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** When the fact was last confirmed to be true; empty if never since it was recorded. */
  public Optional<Instant> lastVerifiedAt() {
    return lastVerifiedAt;
  }

  /** Whether the customer (or another source) says the fact is wrong. */
  public boolean disputed() {
    return disputed;
  }

  /** Why the fact is disputed; present exactly when {@link #disputed()} is. */
  public Optional<String> disputeReason() {
    return disputeReason;
  }

  /** The customer this fact was recorded for before a merge moved it here; empty if recorded here. */
  public Optional<CustomerId> mergedFrom() {
    return mergedFrom;
  }

  /** Starts a fact: key, category, sensitivity, value, source and recording time are required. */
  public static Builder builder() {
    return new Builder();
  }

  private void check() {
    if (sensitivity == Sensitivity.CONFIDENTIAL) {
      Require.confidentialText(content, "profileFact.content");
    } else if (sensitivity == Sensitivity.PERSONAL) {
      Require.thatConfidential(!content.isBlank(), "profileFact.content", "must not be blank");
      Require.thatConfidential(content.length() <= Require.MAX_TEXT_LENGTH, "profileFact.content",
          "must be at most " + Require.MAX_TEXT_LENGTH + " characters");
    } else {
      Require.text(content, "profileFact.content");
    }
    Require.text(source, "profileFact.source");
    Require.that(category != FactCategory.FINANCIAL || sensitivity == Sensitivity.CONFIDENTIAL,
        "profileFact.sensitivity", "must be CONFIDENTIAL for a FINANCIAL fact", sensitivity);
    lastVerifiedAt.ifPresent(v -> Require.that(!v.isBefore(recordedAt),
        "profileFact.lastVerifiedAt", "must not be before recordedAt " + recordedAt, v));
    Require.that(disputed == disputeReason.isPresent(), "profileFact.disputeReason",
        "must be present exactly when the fact is disputed", disputeReason.isPresent() ? "present" : "absent");
    disputeReason.ifPresent(r -> Require.thatConfidential(!r.isBlank() && r.length() <= Require.MAX_TEXT_LENGTH,
        "profileFact.disputeReason", "must be text of 1.." + Require.MAX_TEXT_LENGTH + " characters"));
  }

  /**
   * The value, if staff may read it directly: empty for a confidential fact, whose value is only
   * released by {@link io.crmkit.core.customer.confidentiality.Disclosures} for a stated purpose.
   */
  public Optional<String> value() {
    return sensitivity == Sensitivity.CONFIDENTIAL ? Optional.empty() : Optional.of(content);
  }

  /** When the fact was last known to be true: the last verification, or else its recording. */
  public Instant confirmedAt() {
    return lastVerifiedAt.orElse(recordedAt);
  }

  /** Whether the fact was last confirmed longer than {@code maxAge} before {@code now}. */
  public boolean isStale(Duration maxAge, Instant now) {
    return confirmedAt().plus(maxAge).isBefore(now);
  }

  /** The next revision: the same fact verified at {@code at}; {@link Customer#verifyFact} records it. */
  public ProfileFact verifiedAt(Instant at) {
    Require.notNull(at, "profileFact.lastVerifiedAt");
    Require.that(!at.isBefore(recordedAt), "profileFact.lastVerifiedAt",
        "must not be before recordedAt " + recordedAt, at);
    return copy().lastVerifiedAt(at).build();
  }

  /** The next revision: the same fact marked disputed for {@code reason}; {@link Customer#disputeFact} records it. */
  public ProfileFact disputedFor(String reason) {
    return copy().disputed(true).disputeReason(reason).build();
  }

  /**
   * The same fact, moved from {@code origin} by a merge: source, times and dispute are kept; a fact
   * that was already moved keeps its first origin. It stays the same revision.
   */
  public ProfileFact movedFrom(CustomerId origin) {
    Require.notNull(origin, "profileFact.mergedFrom");
    return mergedFrom.isPresent() ? this : new ProfileFact(copy().mergedFrom(origin), revision);
  }

  private Builder copy() {
    return new Builder().key(key).category(category).sensitivity(sensitivity).content(content).source(source)
        .recordedAt(recordedAt).lastVerifiedAt(lastVerifiedAt).disputed(disputed).disputeReason(disputeReason)
        .mergedFrom(mergedFrom);
  }

  /** The codec's way back: a stored revision with its stored identity. */
  private static ProfileFact restore(Builder builder, long revision) {
    return new ProfileFact(builder, revision);
  }

  /** Equal when the same revision: same identity, same fields (see the class comment). */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ProfileFact)) {
      return false;
    }
    ProfileFact that = (ProfileFact) other;
    return revision == that.revision && key.equals(that.key) && category == that.category
        && sensitivity == that.sensitivity && content.equals(that.content) && source.equals(that.source)
        && recordedAt.equals(that.recordedAt) && lastVerifiedAt.equals(that.lastVerifiedAt)
        && disputed == that.disputed && disputeReason.equals(that.disputeReason)
        && mergedFrom.equals(that.mergedFrom);
  }

  /** From the revision's identity and the public fields; never from the content. */
  @Override
  public int hashCode() {
    return Objects.hash(revision, key, category, sensitivity, recordedAt, lastVerifiedAt, disputed, mergedFrom);
  }

  @Override
  public String toString() {
    return "ProfileFact{" + key + " " + category + " " + sensitivity
        + " value=" + (sensitivity.isRedacted() ? CrmStyle.REDACTED : "'" + content + "'")
        + ", source=" + source + ", recordedAt=" + recordedAt
        + lastVerifiedAt.map(v -> ", lastVerifiedAt=" + v).orElse("")
        + (disputed ? ", disputed" : "")
        + mergedFrom.map(m -> ", mergedFrom=" + m).orElse("") + "}";
  }

  /**
   * Builds a new fact revision. Each {@link #build()} is a new revision with a fresh identity.
   * Not thread-safe; the fact it builds is.
   */
  public static final class Builder {
    private FactKey key;
    private FactCategory category;
    private Sensitivity sensitivity;
    private String content;
    private String source;
    private Instant recordedAt;
    private Optional<Instant> lastVerifiedAt = Optional.empty();
    private boolean disputed;
    private Optional<String> disputeReason = Optional.empty();
    private Optional<CustomerId> mergedFrom = Optional.empty();

    private Builder() {}

    public Builder key(FactKey key) {
      this.key = Require.notNull(key, "profileFact.key");
      return this;
    }

    public Builder category(FactCategory category) {
      this.category = Require.notNull(category, "profileFact.category");
      return this;
    }

    public Builder sensitivity(Sensitivity sensitivity) {
      this.sensitivity = Require.notNull(sensitivity, "profileFact.sensitivity");
      return this;
    }

    /** The value; checked (and never quoted) when the fact is built. */
    public Builder content(String content) {
      Require.thatConfidential(content != null, "profileFact.content", "must not be null");
      this.content = content;
      return this;
    }

    public Builder source(String source) {
      this.source = Require.notNull(source, "profileFact.source");
      return this;
    }

    public Builder recordedAt(Instant recordedAt) {
      this.recordedAt = Require.notNull(recordedAt, "profileFact.recordedAt");
      return this;
    }

    public Builder lastVerifiedAt(Instant lastVerifiedAt) {
      this.lastVerifiedAt = Optional.of(Require.notNull(lastVerifiedAt, "profileFact.lastVerifiedAt"));
      return this;
    }

    public Builder lastVerifiedAt(Optional<Instant> lastVerifiedAt) {
      this.lastVerifiedAt = Require.notNull(lastVerifiedAt, "profileFact.lastVerifiedAt");
      return this;
    }

    public Builder disputed(boolean disputed) {
      this.disputed = disputed;
      return this;
    }

    public Builder disputeReason(String disputeReason) {
      Require.thatConfidential(disputeReason != null, "profileFact.disputeReason", "must not be null");
      this.disputeReason = Optional.of(disputeReason);
      return this;
    }

    public Builder disputeReason(Optional<String> disputeReason) {
      this.disputeReason = Require.notNull(disputeReason, "profileFact.disputeReason");
      return this;
    }

    public Builder mergedFrom(CustomerId mergedFrom) {
      this.mergedFrom = Optional.of(Require.notNull(mergedFrom, "profileFact.mergedFrom"));
      return this;
    }

    public Builder mergedFrom(Optional<CustomerId> mergedFrom) {
      this.mergedFrom = Require.notNull(mergedFrom, "profileFact.mergedFrom");
      return this;
    }

    /**
     * The fact, as a new revision.
     *
     * @throws io.crmkit.core.validation.InvalidValueException naming the missing or invalid field
     */
    public ProfileFact build() {
      return new ProfileFact(this, nextRevision());
    }
  }

  private static long nextRevision() {
    long r;
    do {
      r = REVISIONS.nextLong();
    } while (r == 0);
    return r;
  }
}
