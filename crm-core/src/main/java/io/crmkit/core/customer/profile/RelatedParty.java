package io.crmkit.core.customer.profile;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * Another customer related to this one: a mother and son at the same bank, two colleagues at one
 * firm. Useful for the relationship, never a reason to share confidential facts: that takes a
 * {@link Consent}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class RelatedParty {
  @Value.Parameter
  public abstract CustomerId party();

  @Value.Parameter
  public abstract Relation relation();

  public static RelatedParty of(CustomerId party, Relation relation) {
    return ImmutableRelatedParty.of(party, relation);
  }
}
