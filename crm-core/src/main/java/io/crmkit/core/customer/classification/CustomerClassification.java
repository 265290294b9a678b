package io.crmkit.core.customer.classification;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The classification schemes of CRM practice for one customer at one moment, with the reason for
 * each in words. Computed by {@link CustomerClassifier}; never stored by hand.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CustomerClassification {
  public abstract CustomerId customer();

  /** Empty when there has been neither an order nor a quotation. */
  public abstract Optional<DealStatus> dealStatus();

  public abstract Importance importance();

  /** Empty when no next action is planned. */
  public abstract Optional<FollowUpUrgency> followUpUrgency();

  public abstract Demand demand();

  public abstract Closeness closeness();

  /** One sentence per scheme saying why. */
  public abstract List<String> reasons();
}
