package io.crmkit.core.validation;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.Objects;

/**
 * Argument checks shared by every value type: each failure is an {@link InvalidValueException}
 * naming field, rule and value.
 */
public final class Require {
  /** Longest free text crmkit accepts in one field (names, notes, values of facts). */
  public static final int MAX_TEXT_LENGTH = 2_000;

  private Require() {}

  /** Fails with {@code field rule, was value} unless {@code condition} holds. */
  public static void that(boolean condition, String field, String rule, Object value) {
    if (!condition) {
      throw new InvalidValueException(field, rule, show(value));
    }
  }

  /** As {@link #that} but the rejected value is masked: for confidential data. */
  public static void thatConfidential(boolean condition, String field, String rule) {
    if (!condition) {
      throw new InvalidValueException(field, rule, CrmStyle.REDACTED);
    }
  }

  /** Rejects null. */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "must not be null", "null");
    }
    return value;
  }

  /** Rejects null, blank and over-long text; returns the text unchanged. */
  public static String text(String value, String field) {
    notNull(value, field);
    that(!value.isBlank(), field, "must not be blank", value);
    that(value.length() <= MAX_TEXT_LENGTH, field,
        "must be at most " + MAX_TEXT_LENGTH + " characters", value.length() + " characters");
    return value;
  }

  /** As {@link #text} for confidential text: the value never reaches the message. */
  public static String confidentialText(String value, String field) {
    thatConfidential(value != null, field, "must not be null");
    thatConfidential(!value.isBlank(), field, "must not be blank");
    thatConfidential(value.length() <= MAX_TEXT_LENGTH, field,
        "must be at most " + MAX_TEXT_LENGTH + " characters");
    return value;
  }

  /** Rejects a negative or zero duration. */
  public static Duration positive(Duration value, String field) {
    notNull(value, field);
    that(!value.isNegative() && !value.isZero(), field, "must be positive", value);
    return value;
  }

  /** Rejects a collection that holds the same element twice. */
  public static void distinct(Collection<?> values, String field) {
    distinct(values, Function.identity(), field);
  }

  /** Rejects a collection in which two elements have the same {@code key}; names the repeated key. */
  public static <T> void distinct(Collection<T> values, Function<? super T, ?> key, String field) {
    if (values.size() < 2) {
      return; // the common case, and free: no set built
    }
    Set<Object> seen = new HashSet<>();
    for (T value : values) {
      Object k = key.apply(value);
      that(seen.add(k), field, "must not contain duplicates", k + " twice");
    }
  }

  private static String show(Object value) {
    if (value instanceof String) {
      return "'" + value + "'";
    }
    return Objects.toString(value);
  }
}
