package io.crmkit.core.validation;

import java.math.BigDecimal;
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

  /**
   * Rejects null, blank and over-long text; returns the text unchanged. Blank means white space of
   * any kind, the no-break spaces included (a name of {@code U+00A0} only shows as nothing).
   */
  public static String text(String value, String field) {
    notNull(value, field);
    // Length first: a hostile megabyte is refused without being scanned.
    that(value.length() <= MAX_TEXT_LENGTH, field,
        "must be at most " + MAX_TEXT_LENGTH + " characters", value.length() + " characters");
    that(!blank(value), field, "must not be blank", value);
    return value;
  }

  /** White space only, counting every Unicode space separator (no-break spaces too) as white space. */
  private static boolean blank(String value) {
    return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** Longest decimal text {@link #decimal} reads: far more digits than any amount or rate needs. */
  public static final int MAX_DECIMAL_LENGTH = 40;

  /**
   * Plain decimal text ({@code 19.90}, {@code -3}, {@code +0.5}) as a {@link BigDecimal}, checked
   * before any arithmetic: at most {@value #MAX_DECIMAL_LENGTH} characters after trimming, an
   * optional sign, digits, at most one point with digits on both sides, no exponent. So
   * {@code "1e10000000"} (which {@code new BigDecimal} expands to ten million digits as soon as it is
   * scaled) is refused at once.
   */
  public static BigDecimal decimal(String value, String field) {
    notNull(value, field);
    that(value.length() <= MAX_DECIMAL_LENGTH + 64, field,
        "must be at most " + MAX_DECIMAL_LENGTH + " characters", value.length() + " characters");
    String text = value.strip();
    that(!text.isEmpty(), field, "must not be blank", value);
    that(text.length() <= MAX_DECIMAL_LENGTH, field,
        "must be at most " + MAX_DECIMAL_LENGTH + " characters", text.length() + " characters");
    that(isPlainDecimal(text), field, "must be a plain decimal number (digits, one point, no exponent)", value);
    return new BigDecimal(text);
  }

  /** Whether {@code text} is an optional sign, digits, and optionally a point followed by digits. */
  static boolean isPlainDecimal(CharSequence text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    i++;
    int fraction = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      fraction++;
    }
    return fraction > 0 && i == n;
  }

  /** As {@link #text} for confidential text: the value never reaches the message. */
  public static String confidentialText(String value, String field) {
    thatConfidential(value != null, field, "must not be null");
    thatConfidential(value.length() <= MAX_TEXT_LENGTH, field,
        "must be at most " + MAX_TEXT_LENGTH + " characters");
    thatConfidential(!blank(value), field, "must not be blank");
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

  /** The value as a message shows it: text quoted, and only its start when it is long. */
  private static String show(Object value) {
    if (value instanceof CharSequence) {
      CharSequence text = (CharSequence) value;
      if (text.length() > InvalidValueException.MAX_SHOWN) {
        return "'" + text.subSequence(0, InvalidValueException.MAX_SHOWN) + "'...(" + text.length() + " characters)";
      }
      return "'" + text + "'";
    }
    return InvalidValueException.shorten(Objects.toString(value));
  }
}
