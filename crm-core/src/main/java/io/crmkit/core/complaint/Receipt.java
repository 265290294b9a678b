package io.crmkit.core.complaint;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is recorded when a complaint arrives: who complains, through which channel, what happened,
 * the remedy the customer asks for, and how severe it is.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Receipt {
  public abstract CustomerId complainant();

  public abstract Channel channel();

  /** What happened, in the customer's words; redacted from {@code toString}. */
  @Value.Redacted
  public abstract String whatHappened();

  /** The remedy the customer asks for, if they said; redacted from {@code toString}. */
  @Value.Redacted
  public abstract Optional<String> remedyRequested();

  public abstract ComplaintSeverity severity();

  public static ImmutableReceipt.Builder builder() {
    return ImmutableReceipt.builder();
  }

  @Value.Check
  protected void check() {
    Require.text(whatHappened(), "receipt.whatHappened");
    remedyRequested().ifPresent(r -> Require.text(r, "receipt.remedyRequested"));
  }
}
