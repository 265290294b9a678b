package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The contact cadence of each customer: one per {@link CadenceTier} (by default key customers every
 * 14 days, important ones monthly, ordinary ones quarterly), and per-customer overrides that win over
 * the tier. A key customer is never contacted less often than an important one, nor an important one
 * less often than an ordinary one.
 *
 * <p>Immutable and thread-safe.
 */
public final class CadencePolicy {
  private static final CadencePolicy STANDARD = new CadencePolicy(defaults(), Map.of());

  private final EnumMap<CadenceTier, ContactCadence> byTier;
  private final Map<CustomerId, ContactCadence> overrides;

  private CadencePolicy(EnumMap<CadenceTier, ContactCadence> byTier,
      Map<CustomerId, ContactCadence> overrides) {
    Require.that(byTier.get(CadenceTier.KEY).compareTo(byTier.get(CadenceTier.IMPORTANT)) <= 0,
        "cadencePolicy.key", "must be no longer than the important tier's "
            + byTier.get(CadenceTier.IMPORTANT), byTier.get(CadenceTier.KEY));
    Require.that(byTier.get(CadenceTier.IMPORTANT).compareTo(byTier.get(CadenceTier.ORDINARY)) <= 0,
        "cadencePolicy.important", "must be no longer than the ordinary tier's "
            + byTier.get(CadenceTier.ORDINARY), byTier.get(CadenceTier.IMPORTANT));
    this.byTier = byTier;
    this.overrides = Map.copyOf(overrides);
  }

  /** Key every 14 days, important every 30, ordinary every 90. */
  public static CadencePolicy standard() {
    return STANDARD;
  }

  /** This policy with {@code tier} contacted at {@code cadence}. */
  public CadencePolicy withTier(CadenceTier tier, ContactCadence cadence) {
    Require.notNull(tier, "cadencePolicy.tier");
    Require.notNull(cadence, "cadencePolicy.cadence");
    EnumMap<CadenceTier, ContactCadence> copy = new EnumMap<>(byTier);
    copy.put(tier, cadence);
    return new CadencePolicy(copy, overrides);
  }

  /** This policy with {@code customer} contacted at {@code cadence} whatever their tier. */
  public CadencePolicy withOverride(CustomerId customer, ContactCadence cadence) {
    Require.notNull(customer, "cadencePolicy.customer");
    Require.notNull(cadence, "cadencePolicy.cadence");
    Map<CustomerId, ContactCadence> copy = new HashMap<>(overrides);
    copy.put(customer, cadence);
    return new CadencePolicy(byTier, copy);
  }

  /** The cadence of a tier. */
  public ContactCadence forTier(CadenceTier tier) {
    return byTier.get(Require.notNull(tier, "cadencePolicy.tier"));
  }

  /** The cadence of {@code customer} in {@code tier}: the override if any, else the tier's. */
  public ContactCadence cadenceFor(CustomerId customer, CadenceTier tier) {
    ContactCadence override = overrides.get(customer);
    return override != null ? override : forTier(tier);
  }

  private static EnumMap<CadenceTier, ContactCadence> defaults() {
    EnumMap<CadenceTier, ContactCadence> m = new EnumMap<>(CadenceTier.class);
    m.put(CadenceTier.KEY, ContactCadence.ofDays(14));
    m.put(CadenceTier.IMPORTANT, ContactCadence.MONTHLY);
    m.put(CadenceTier.ORDINARY, ContactCadence.QUARTERLY);
    return m;
  }

  @Override
  public String toString() {
    return "CadencePolicy" + byTier + " with " + overrides.size() + " overrides";
  }
}
