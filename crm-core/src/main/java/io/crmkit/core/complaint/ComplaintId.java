package io.crmkit.core.complaint;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identity of a complaint: the reference the customer is given and every step records.
 * Letters, digits and {@code . _ : -}, 1 to 64 characters.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintId implements Comparable<ComplaintId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Value.Parameter
  public abstract String value();

  /** The id {@code value}; rejects blank text, whitespace and other characters. */
  public static ComplaintId of(String value) {
    Require.notNull(value, "complaintId");
    return ImmutableComplaintId.of(value);
  }

  @Value.Check
  protected void check() {
    Require.that(FORM.matcher(value()).matches(), "complaintId",
        "must be 1-64 characters of letters, digits and . _ : -", value());
  }

  @Override
  public int compareTo(ComplaintId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
