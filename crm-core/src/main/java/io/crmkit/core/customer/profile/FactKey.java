package io.crmkit.core.customer.profile;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The name of a profile fact, in lower-case kebab form: {@code annual-income}, {@code has-young-children}.
 * A customer holds one current value per key and the whole history of earlier ones.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class FactKey implements Comparable<FactKey> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Value.Parameter
  public abstract String value();

  public static FactKey of(String value) {
    Require.notNull(value, "factKey");
    return ImmutableFactKey.of(value);
  }

  @Value.Check
  protected void check() {
    Require.that(value().length() <= 64 && FORM.matcher(value()).matches(), "factKey",
        "must be lower-case kebab-case of at most 64 characters", value());
  }

  @Override
  public int compareTo(FactKey other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
