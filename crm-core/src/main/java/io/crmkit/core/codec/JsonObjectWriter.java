package io.crmkit.core.codec;

import io.crmkit.core.money.Money;
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
 * <p>Not thread-safe: one writer per object.
 */
public final class JsonObjectWriter {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  public JsonObjectWriter put(String name, String value) {
    fields.put(name, value);
    return this;
  }

  public JsonObjectWriter put(String name, long value) {
    fields.put(name, value);
    return this;
  }

  public JsonObjectWriter put(String name, boolean value) {
    fields.put(name, value);
    return this;
  }

  public JsonObjectWriter put(String name, Enum<?> value) {
    fields.put(name, value.name());
    return this;
  }

  public JsonObjectWriter put(String name, Instant value) {
    fields.put(name, value.toString());
    return this;
  }

  public JsonObjectWriter put(String name, LocalDate value) {
    fields.put(name, value.toString());
    return this;
  }

  public JsonObjectWriter put(String name, LocalTime value) {
    fields.put(name, value.toString());
    return this;
  }

  /** Exact: the plain decimal text, so scale and precision survive. */
  public JsonObjectWriter put(String name, BigDecimal value) {
    fields.put(name, value.toString());
    return this;
  }

  /** Money as {@code {"amount":"12.50","currency":"EUR"}}. */
  public JsonObjectWriter put(String name, Money value) {
    fields.put(name, new JsonObjectWriter().put("amount", value.amount()).put("currency", value.currency()).tree());
    return this;
  }

  public JsonObjectWriter put(String name, Currency value) {
    fields.put(name, value.getCurrencyCode());
    return this;
  }

  /** A nested object. */
  public JsonObjectWriter put(String name, JsonObjectWriter value) {
    fields.put(name, value.tree());
    return this;
  }

  /** The value if present; nothing at all if absent. */
  public <T> JsonObjectWriter putOptional(String name, Optional<T> value, Function<T, Object> json) {
    value.ifPresent(v -> fields.put(name, unwrap(json.apply(v))));
    return this;
  }

  /** An array of the values in iteration order (written even when empty). */
  public <T> JsonObjectWriter putAll(String name, Collection<T> values, Function<T, Object> json) {
    List<Object> items = new ArrayList<>(values.size());
    for (T v : values) {
      items.add(unwrap(json.apply(v)));
    }
    fields.put(name, items);
    return this;
  }

  /** An array of enum names. */
  public JsonObjectWriter putEnums(String name, Collection<? extends Enum<?>> values) {
    return putAll(name, values, Enum::name);
  }

  private static Object unwrap(Object value) {
    if (value instanceof JsonObjectWriter w) {
      return w.tree();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalTime
        || value instanceof BigDecimal) {
      return value.toString();
    }
    return value;
  }

  /** The object as a tree for {@link Json#write}. */
  public Map<String, Object> tree() {
    return fields;
  }

  public String toJson() {
    return Json.write(fields);
  }
}
