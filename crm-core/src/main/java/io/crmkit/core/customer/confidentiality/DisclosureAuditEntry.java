package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.validation.CrmStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One line of the disclosure audit trail: who asked for which fact of which customer, for whom and
 * why, whether it was granted or checked only, the rule that decided, and when. Holds ids, the fact
 * key and category, never the value.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DisclosureAuditEntry {
  public abstract CustomerId customer();

  public abstract FactKey key();

  public abstract FactCategory category();

  public abstract Sensitivity sensitivity();

  public abstract DisclosureRequest request();

  public abstract boolean granted();

  /** Whether the value was released (a {@link Disclosures#disclose}) or the request only checked. */
  public abstract boolean released();

  /** The rule that decided. */
  public abstract String reason();

  /** By the library's clock. */
  public abstract Instant at();
}
