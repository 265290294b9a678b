package io.crmkit.core.customer;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identity of a customer in the host's system: the key every record of the relationship hangs on.
 * Letters, digits and {@code . _ : -}, 1 to 64 characters.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CustomerId implements Comparable<CustomerId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Value.Parameter
  public abstract String value();

  /** The id {@code value}; rejects blank text, whitespace and other characters. */
  public static CustomerId of(String value) {
    Require.notNull(value, "customerId");
    return ImmutableCustomerId.of(value);
  }

  @Value.Check
  protected void check() {
    Require.that(FORM.matcher(value()).matches(), "customerId",
        "must be 1-64 characters of letters, digits and . _ : -", value());
  }

  @Override
  public int compareTo(CustomerId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
