package io.crmkit.core.identify;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.validation.CrmStyle;
import org.immutables.value.Value;

/**
 * A contact point the detector could not normalize, so it took no part in matching: a data-quality
 * finding to fix at the source, reported instead of swallowed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class UnusableContactPoint {
  @Value.Parameter
  public abstract CustomerId customer();

  @Value.Parameter
  public abstract ContactPointKind kind();

  /** Why it could not be normalized. */
  @Value.Parameter
  public abstract String reason();
}
