package io.crmkit.core.codec;

import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object that {@link JsonObjectWriter} wrote. A missing or mistyped field
 * raises a {@link RecordFormatException} naming the record and the field's path
 * ({@code facts[2].recordedAt}), never the stored value, which may be confidential.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonFields {
  private final Map<String, Object> fields;
  private final String record;
  private final String path;

  private JsonFields(Map<String, Object> fields, String record, String path) {
    this.fields = fields;
    this.record = record;
    this.path = path;
  }

  /**
   * The object the JSON text holds.
   *
   * @throws RecordFormatException if the text is not JSON or not an object
   */
  public static JsonFields parse(String json, String record) {
    Object tree = Json.parse(json, record);
    if (!(tree instanceof Map<?, ?>)) {
      throw new RecordFormatException(record, "the top level", "must be a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) tree;
    return new JsonFields(map, record, "");
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private RecordFormatException wrong(String name, String problem) {
    return new RecordFormatException(record, at(name), problem);
  }

  private Object required(String name) {
    Object v = fields.get(name);
    if (v == null) {
      throw wrong(name, "is missing");
    }
    return v;
  }

  public boolean has(String name) {
    return fields.get(name) != null;
  }

  public String string(String name) {
    if (required(name) instanceof String s) {
      return s;
    }
    throw wrong(name, "must be a string");
  }

  public long longValue(String name) {
    if (required(name) instanceof BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        throw wrong(name, "must be a whole number");
      }
    }
    throw wrong(name, "must be a number");
  }

  public int intValue(String name) {
    long v = longValue(name);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw wrong(name, "is out of range");
    }
    return (int) v;
  }

  public boolean bool(String name) {
    if (required(name) instanceof Boolean b) {
      return b;
    }
    throw wrong(name, "must be true or false");
  }

  public <E extends Enum<E>> E enumValue(Class<E> type, String name) {
    String s = string(name);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw wrong(name, "is not a " + type.getSimpleName());
    }
  }

  public Instant instant(String name) {
    try {
      return Instant.parse(string(name));
    } catch (DateTimeParseException e) {
      throw wrong(name, "is not an ISO-8601 instant");
    }
  }

  public LocalDate date(String name) {
    try {
      return LocalDate.parse(string(name));
    } catch (DateTimeParseException e) {
      throw wrong(name, "is not an ISO-8601 date");
    }
  }

  public LocalTime time(String name) {
    try {
      return LocalTime.parse(string(name));
    } catch (DateTimeParseException e) {
      throw wrong(name, "is not an ISO-8601 time");
    }
  }

  public BigDecimal decimal(String name) {
    try {
      return new BigDecimal(string(name));
    } catch (NumberFormatException e) {
      throw wrong(name, "is not a decimal");
    }
  }

  public Currency currency(String name) {
    try {
      return Currency.getInstance(string(name));
    } catch (IllegalArgumentException e) {
      throw wrong(name, "is not an ISO 4217 currency");
    }
  }

  public Money money(String name) {
    JsonFields m = object(name);
    try {
      return Money.of(m.decimal("amount"), m.currency("currency"));
    } catch (InvalidValueException e) {
      throw wrong(name, "is not valid money: " + e.getMessage());
    }
  }

  /** A nested object. */
  public JsonFields object(String name) {
    if (required(name) instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fieldsOf = (Map<String, Object>) map;
      return new JsonFields(fieldsOf, record, at(name));
    }
    throw wrong(name, "must be an object");
  }

  /** The field read by {@code read} if present, empty if absent or null. */
  public <T> Optional<T> optional(String name, BiFunction<JsonFields, String, T> read) {
    return has(name) ? Optional.of(read.apply(this, name)) : Optional.empty();
  }

  /** An array of objects, each read by {@code read}; absent reads as empty. */
  public <T> List<T> objects(String name, Function<JsonFields, T> read) {
    List<Object> items = array(name);
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> map)) {
        throw wrong(name + "[" + i + "]", "must be an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) map;
      out.add(read.apply(new JsonFields(item, record, at(name + "[" + i + "]"))));
    }
    return out;
  }

  /** An array of strings; absent reads as empty. */
  public List<String> strings(String name) {
    List<Object> items = array(name);
    List<String> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof String s)) {
        throw wrong(name + "[" + i + "]", "must be a string");
      }
      out.add(s);
    }
    return out;
  }

  /** An array of enum names; absent reads as empty. */
  public <E extends Enum<E>> List<E> enums(Class<E> type, String name) {
    List<String> names = strings(name);
    List<E> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      try {
        out.add(Enum.valueOf(type, names.get(i)));
      } catch (IllegalArgumentException e) {
        throw wrong(name + "[" + i + "]", "is not a " + type.getSimpleName());
      }
    }
    return out;
  }

  private List<Object> array(String name) {
    Object v = fields.get(name);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) list;
      return items;
    }
    throw wrong(name, "must be an array");
  }
}
