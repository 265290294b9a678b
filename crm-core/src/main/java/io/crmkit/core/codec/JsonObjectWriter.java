package io.crmkit.core.codec;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds one JSON object of a record, field by field, in the forms {@link JsonFields} reads back:
 * times and dates as ISO-8601 text, decimals and money amounts as exact decimal text, enums by name,
 * absent optionals left out. {@link #toJson()} writes it through {@link Json}.
 *
 * <p>Every value, whether put alone, as an optional or as an array element, goes through one
 * conversion ({@link #jsonValue}): text, whole numbers ({@code int}, {@code long}), booleans, enums,
 * {@link Instant}, {@link LocalDate}, {@link LocalTime}, {@link BigDecimal}, {@link Money}
 * ({@code {"amount":"12.50","currency":"EUR"}}), {@link Currency} and nested writers.
 *
 * <p>Not thread-safe: one writer per object.
 */
public final class JsonObjectWriter {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  /**
   * Sets field {@code name} to {@code value} in its JSON form.
   *
   * @throws io.crmkit.core.validation.InvalidValueException if the value is null or of a type the
   *     JSON form does not know (the message names the type, never the value)
   */
  public JsonObjectWriter put(String name, Object value) {
    fields.put(Require.notNull(name, "name"), jsonValue(value));
    return this;
  }

  /** The value if present; nothing at all if absent. */
  public <T> JsonObjectWriter putOptional(String name, Optional<T> value, Function<T, Object> json) {
    value.ifPresent(v -> put(name, json.apply(v)));
    return this;
  }

  /** An array of the values in iteration order (written even when empty). */
  public <T> JsonObjectWriter putAll(String name, Collection<T> values, Function<T, Object> json) {
    List<Object> items = new ArrayList<>(values.size());
    for (T v : values) {
      items.add(jsonValue(json.apply(v)));
    }
    fields.put(Require.notNull(name, "name"), items);
    return this;
  }

  /** An array of enum names. */
  public JsonObjectWriter putEnums(String name, Collection<? extends Enum<?>> values) {
    return putAll(name, values, v -> v);
  }

  /** The one conversion of a value to the tree {@link Json#write} writes. */
  private static Object jsonValue(Object value) {
    if (value instanceof String || value instanceof Long || value instanceof Integer || value instanceof Boolean) {
      return value;
    }
    if (value instanceof JsonObjectWriter w) {
      return w.tree();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Currency c) {
      return c.getCurrencyCode();
    }
    if (value instanceof Money m) {
      return new JsonObjectWriter().put("amount", m.amount()).put("currency", m.currency()).tree();
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalTime
        || value instanceof BigDecimal) {
      return value.toString(); // ISO-8601; a decimal's exact text, so scale and precision survive
    }
    Require.notNull(value, "value");
    throw new InvalidValueException("jsonObjectWriter.value", "must be text, a whole number, a boolean, an enum, "
        + "a time, a date, a decimal, money, a currency or a nested object", value.getClass().getSimpleName());
  }

  /** The object as a tree for {@link Json#write}. */
  public Map<String, Object> tree() {
    return fields;
  }

  public String toJson() {
    return Json.write(fields);
  }
}
