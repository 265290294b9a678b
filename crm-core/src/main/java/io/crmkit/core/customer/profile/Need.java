package io.crmkit.core.customer.profile;

import io.crmkit.core.customer.classification.Demand;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A need the customer has told us about, and by when they need it met (empty: now), business or
 * personal ({@link NeedKind}). The customer's {@link Demand} is computed from the business needs.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Need {
  // What the customer told us they need: stays out of toString.
  @Value.Redacted
  public abstract String description();

  public abstract LocalDate recordedOn();

  /** When the need must be met; empty for a need that exists now. */
  public abstract Optional<LocalDate> neededBy();

  /** A business need (counts for {@link io.crmkit.core.customer.classification.Demand}) or a personal one; business unless said otherwise. */
  @Value.Default
  public NeedKind kind() {
    return NeedKind.BUSINESS;
  }

  /** A personal need of the person we deal with (个人需求), existing now. */
  public static Need personal(String description, LocalDate recordedOn) {
    return ImmutableNeed.builder().description(description).recordedOn(recordedOn).kind(NeedKind.PERSONAL).build();
  }

  /** Whether this is a business need. */
  public boolean isBusiness() {
    return kind() == NeedKind.BUSINESS;
  }

  public static Need now(String description, LocalDate recordedOn) {
    return ImmutableNeed.builder().description(description).recordedOn(recordedOn).build();
  }

  public static Need by(String description, LocalDate recordedOn, LocalDate neededBy) {
    return ImmutableNeed.builder().description(description).recordedOn(recordedOn).neededBy(neededBy)
        .build();
  }

  @Value.Check
  protected void check() {
    Require.text(description(), "need.description");
  }
}
