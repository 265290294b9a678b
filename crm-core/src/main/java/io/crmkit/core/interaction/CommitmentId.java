package io.crmkit.core.interaction;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identity of one commitment made to (or by) a customer, unique per customer. Letters, digits and
 * {@code . _ : -}, 1 to 64 characters.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CommitmentId implements Comparable<CommitmentId> {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Value.Parameter
  public abstract String value();

  public static CommitmentId of(String value) {
    Require.notNull(value, "commitmentId");
    return ImmutableCommitmentId.of(value);
  }

  @Value.Check
  protected void check() {
    Require.that(FORM.matcher(value()).matches(), "commitmentId",
        "must be 1-64 characters of letters, digits and . _ : -", value());
  }

  @Override
  public int compareTo(CommitmentId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
