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
 * may discuss the family's savings, say). Without a consent in force, nothing confidential is told
 * to a related party. A withdrawn consent stays on record.
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

  public abstract Optional<Instant> withdrawnAt();

  /** A consent for {@code grantee} to hear facts of {@code categories}, from {@code grantedAt}. */
  public static Consent of(CustomerId grantee, Set<FactCategory> categories, Instant grantedAt) {
    return ImmutableConsent.builder().grantee(grantee).categories(categories).grantedAt(grantedAt).build();
  }

  @Value.Check
  protected void check() {
    Require.that(!categories().isEmpty(), "consent.categories", "must name at least one category",
        categories());
    withdrawnAt().ifPresent(w -> Require.that(w.isAfter(grantedAt()), "consent.withdrawnAt",
        "must be after grantedAt " + grantedAt(), w));
  }

  /** Whether this consent lets {@code party} hear a fact of {@code category} at {@code at}. */
  public boolean permits(CustomerId party, FactCategory category, Instant at) {
    return grantee().equals(party) && categories().contains(category)
        && !at.isBefore(grantedAt()) && withdrawnAt().map(at::isBefore).orElse(true);
  }

  /** This consent, withdrawn at {@code at}. */
  public Consent withdrawn(Instant at) {
    return ImmutableConsent.copyOf(this).withWithdrawnAt(at);
  }
}
