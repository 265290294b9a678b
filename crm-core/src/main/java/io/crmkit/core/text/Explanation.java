package io.crmkit.core.text;

import io.crmkit.core.validation.Require;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A sentence the engines give people (a reason, a piece of evidence, a finding), kept as a message
 * and its arguments rather than as English text, so that a host or the course report shows it in
 * English or in Simplified Chinese.
 *
 * <p>The message is an enum constant; its display name (see {@link DisplayNames}, the package's
 * {@code DisplayNames*.properties}) is the sentence's template, with placeholders {@code {0}},
 * {@code {1}}, ... replaced literally (no MessageFormat quoting). Arguments render by kind: an enum
 * constant by its display name in the same language (in words, {@link Words}, when its package names
 * none; one wrapped by {@link #inWords} in lower-case words in English, one wrapped by
 * {@link #asCode} as its constant name in English), a nested explanation by its
 * own rendering, a collection as a list ({@code a, b} or {@code a、b}), an empty {@link Optional} as
 * nothing, anything else by {@code String.valueOf}.
 *
 * <p>Privacy: arguments are ids, codes, counts, dates and enum constants, never a personal or
 * confidential value, so a rendering is safe to show and to log. Immutable and thread-safe (the
 * arguments are immutable values).
 *
 * @param message the message; its display name is the template
 * @param arguments the values for the placeholders, in order
 */
public record Explanation(Enum<?> message, List<Object> arguments) {
  public Explanation {
    Require.notNull(message, "explanation.message");
    Require.notNull(arguments, "explanation.arguments");
    for (Object argument : arguments) {
      Require.notNull(argument, "explanation.arguments[]");
    }
    arguments = List.copyOf(arguments);
  }

  /** The message {@code message} with {@code arguments} for its placeholders. */
  public static Explanation of(Enum<?> message, Object... arguments) {
    Require.notNull(arguments, "explanation.arguments");
    return new Explanation(message, java.util.Arrays.asList(arguments));
  }

  /**
   * The sentence in {@code locale} (Simplified Chinese for {@code zh}, English otherwise).
   *
   * @throws java.util.MissingResourceException when the message's package names no template for it
   */
  public String render(Locale locale) {
    Require.notNull(locale, "explanation.locale");
    String text = DisplayNames.of(message, locale);
    for (int i = 0; i < arguments.size(); i++) {
      text = text.replace("{" + i + "}", argument(arguments.get(i), locale));
    }
    return text;
  }

  /**
   * An enum argument that reads in words in English ({@code FAMILY_MEMBER} as "family member", see
   * {@link Words}) and by its display name in Chinese: for constants English sentences name in
   * lower case inside a sentence, where the English display name is a capitalised label.
   */
  public static InWords inWords(Enum<?> constant) {
    return new InWords(constant);
  }

  /**
   * An enum constant that reads in words in English and by its display name in Chinese.
   *
   * @param constant the constant
   */
  public record InWords(Enum<?> constant) {
    public InWords {
      Require.notNull(constant, "explanation.inWords");
    }
  }

  /**
   * An enum argument that reads as its constant's name in English ({@code IN_DEPTH_DISCUSSION}, as
   * English sentences written for staff and logs name it) and by its display name in Chinese.
   */
  public static AsCode asCode(Enum<?> constant) {
    return new AsCode(constant);
  }

  /**
   * An enum constant that reads as its name in English and by its display name in Chinese.
   *
   * @param constant the constant
   */
  public record AsCode(Enum<?> constant) {
    public AsCode {
      Require.notNull(constant, "explanation.asCode");
    }
  }

  /** The sentence in English. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }

  private static String argument(Object value, Locale locale) {
    if (value instanceof Enum<?> constant) {
      return DisplayNames.find(constant, locale).orElseGet(() -> Words.of(constant));
    }
    if (value instanceof InWords words) {
      return isChinese(locale) ? DisplayNames.find(words.constant(), locale).orElseGet(() -> Words.of(words.constant()))
          : Words.of(words.constant());
    }
    if (value instanceof AsCode code) {
      return isChinese(locale) ? DisplayNames.find(code.constant(), locale).orElseGet(() -> code.constant().name())
          : code.constant().name();
    }
    if (value instanceof Explanation nested) {
      return nested.render(locale);
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(v -> argument(v, locale)).orElse("");
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(v -> argument(v, locale))
          .collect(Collectors.joining(isChinese(locale) ? "、" : ", "));
    }
    return String.valueOf(value);
  }

  /** Whether {@code locale} reads the Chinese texts. */
  static boolean isChinese(Locale locale) {
    return locale.getLanguage().equals("zh");
  }
}
