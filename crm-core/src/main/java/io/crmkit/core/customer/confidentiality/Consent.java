package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The customer's permission to disclose facts of some categories to another party (a spouse who
 * may discuss the family's savings, say), from when it was given until it expires or is withdrawn.
 * Without a consent in force, nothing confidential is told to a related party. A withdrawn or
 * expired consent stays on record; for each grantee and category only the latest consent given
 * counts (see {@link ConsentRules}), so a later withdrawal or a narrower consent replaces an
 * earlier one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Consent {
  /** Who may be told. */
  public abstract CustomerId grantee();

  /** Which categories of facts may be told. */
  public abstract Set<FactCategory> categories();

  public abstract Instant grantedAt();

  /** When the consent lapses by itself; every consent has an end. */
  public abstract Instant expiresAt();

  public abstract Optional<Instant> withdrawnAt();

  /**
   * A consent for {@code grantee} to hear facts of {@code categories}, from {@code grantedAt} until
   * {@code expiresAt}.
   */
  public static Consent of(CustomerId grantee, Set<FactCategory> categories, Instant grantedAt, Instant expiresAt) {
    return ImmutableConsent.builder().grantee(grantee).categories(categories).grantedAt(grantedAt)
        .expiresAt(expiresAt).build();
  }

  @Value.Check
  protected void check() {
    Require.that(!categories().isEmpty(), "consent.categories", "must name at least one category",
        categories());
    Require.that(expiresAt().isAfter(grantedAt()), "consent.expiresAt", "must be after grantedAt " + grantedAt(),
        expiresAt());
    withdrawnAt().ifPresent(w -> Require.that(w.isAfter(grantedAt()), "consent.withdrawnAt",
        "must be after grantedAt " + grantedAt(), w));
  }

  /** Whether this consent covers facts of {@code category} for {@code party}. */
  public boolean covers(CustomerId party, FactCategory category) {
    return grantee().equals(party) && categories().contains(category);
  }

  /** Whether this consent, taken alone, is in force at {@code at}: given, not expired, not withdrawn. */
  public boolean inForceAt(Instant at) {
    return !at.isBefore(grantedAt()) && at.isBefore(expiresAt()) && withdrawnAt().map(at::isBefore).orElse(true);
  }

  /** This consent, withdrawn at {@code at}. */
  public Consent withdrawn(Instant at) {
    return ImmutableConsent.copyOf(this).withWithdrawnAt(at);
  }
}
