package io.crmkit.core.satisfaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the company can deliver, declared once: the ground for checking expectations and promises.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CapabilityCatalogue {
  public abstract List<Capability> capabilities();

  public static CapabilityCatalogue of(Capability... capabilities) {
    return ImmutableCapabilityCatalogue.builder().addCapabilities(capabilities).build();
  }

  @Value.Check
  protected void check() {
    Require.distinct(capabilities(), Capability::key,
        "capabilityCatalogue.capabilities.key");
  }

  /** The capability with {@code key}, if declared. */
  public Optional<Capability> find(String key) {
    return capabilities().stream().filter(c -> c.key().equals(key)).findFirst();
  }
}
