package io.crmkit.core.codec;

import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small JSON the domain's JSON codecs speak (RFC 8259), with no library behind it: a tree of
 * {@code Map<String, Object>} (objects, keys in insertion order), {@code List<Object>} (arrays),
 * {@code String}, {@code BigDecimal} (numbers, exact), {@code Boolean}. Absent values are left out,
 * never written as {@code null}; a {@code null} read from JSON counts as absent.
 *
 * <p>Stateless and thread-safe.
 */
public final class Json {
  private static final int MAX_DEPTH = 64;

  private Json() {}

  /** The tree as compact JSON text. */
  public static String write(Object tree) {
    StringBuilder out = new StringBuilder(256);
    write(out, tree);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() == null) {
          continue;
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, (String) e.getKey());
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toString());
    } else {
      throw new IllegalArgumentException("not a JSON value: " + (value == null ? "null" : value.getClass().getName()));
    }
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * The tree of {@code text}.
   *
   * @param record what the text should hold, for error messages ("customer")
   * @throws RecordFormatException if the text is not JSON, naming the character offset
   */
  public static Object parse(String text, String record) {
    Require.notNull(text, record + "Json");
    Parser p = new Parser(text, record);
    p.space();
    Object tree = p.value(0);
    p.space();
    if (p.at < text.length()) {
      throw p.fail("text after the JSON value");
    }
    return tree;
  }

  private static final class Parser {
    private final String text;
    private final String record;
    private int at;

    Parser(String text, String record) {
      this.text = text;
      this.record = record;
    }

    RecordFormatException fail(String problem) {
      return new RecordFormatException(record, "character " + at, "is not valid JSON: " + problem);
    }

    void space() {
      while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH) {
        throw fail("nested deeper than " + MAX_DEPTH);
      }
      if (at >= text.length()) {
        throw fail("the text ends where a value should be");
      }
      char c = text.charAt(at);
      switch (c) {
        case '{':
          return object(depth);
        case '[':
          return array(depth);
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          literal("null", Boolean.FALSE);
          return null;
        default:
          return number();
      }
    }

    private Object literal(String word, Boolean value) {
      if (!text.startsWith(word, at)) {
        throw fail("unexpected character");
      }
      at += word.length();
      return value;
    }

    private Map<String, Object> object(int depth) {
      at++;
      Map<String, Object> map = new LinkedHashMap<>();
      space();
      if (peek('}')) {
        at++;
        return Collections.unmodifiableMap(map);
      }
      while (true) {
        space();
        if (!peek('"')) {
          throw fail("a key must be a string");
        }
        String key = string();
        space();
        expect(':');
        space();
        Object value = value(depth + 1);
        if (map.containsKey(key)) {
          throw fail("the key '" + key + "' appears twice");
        }
        map.put(key, value);
        space();
        if (peek(',')) {
          at++;
          continue;
        }
        expect('}');
        return Collections.unmodifiableMap(map);
      }
    }

    private List<Object> array(int depth) {
      at++;
      List<Object> list = new ArrayList<>();
      space();
      if (peek(']')) {
        at++;
        return Collections.unmodifiableList(list);
      }
      while (true) {
        space();
        list.add(value(depth + 1));
        space();
        if (peek(',')) {
          at++;
          continue;
        }
        expect(']');
        return Collections.unmodifiableList(list);
      }
    }

    private String string() {
      at++;
      StringBuilder out = new StringBuilder();
      while (true) {
        if (at >= text.length()) {
          throw fail("a string is not closed");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          throw fail("a control character inside a string");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (at >= text.length()) {
          throw fail("a string is not closed");
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw fail("a \\u escape is cut short");
            }
            try {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException x) {
              throw fail("a \\u escape is not hexadecimal");
            }
            at += 4;
          }
          default -> throw fail("an unknown escape");
        }
      }
    }

    private BigDecimal number() {
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (start == at) {
        throw fail("unexpected character");
      }
      try {
        return new BigDecimal(text.substring(start, at));
      } catch (NumberFormatException e) {
        at = start;
        throw fail("a malformed number");
      }
    }

    private boolean peek(char c) {
      return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw fail("'" + c + "' expected");
      }
      at++;
    }
  }
}
