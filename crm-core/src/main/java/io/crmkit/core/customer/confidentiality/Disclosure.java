package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.validation.CrmStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A confidential value released for a stated purpose, with the request and the rule that allowed
 * it, so the host can keep an audit trail. The value is redacted from {@code toString}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Disclosure {
  public abstract CustomerId customer();

  public abstract FactKey key();

  @Value.Redacted
  public abstract String value();

  public abstract DisclosureRequest request();

  /** The rule that granted the disclosure. */
  public abstract String grantedBecause();

  /** The rule that granted it as a message and its arguments, when crmkit decided; empty for a host's own decision. */
  public abstract java.util.Optional<io.crmkit.core.text.Explanation> grantExplanation();

  /** The rule that granted the disclosure, in {@code locale} when it is explained, else {@link #grantedBecause()}. */
  public String grantedBecause(java.util.Locale locale) {
    io.crmkit.core.validation.Require.notNull(locale, "disclosure.locale");
    return grantExplanation().map(e -> e.render(locale)).orElse(grantedBecause());
  }

  public abstract Instant disclosedAt();
}
