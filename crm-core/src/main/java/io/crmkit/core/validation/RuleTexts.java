package io.crmkit.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of {@link InvalidValueException} in the language of the person who must fix the value:
 * the exception keeps its rule in English (logs, support), and a screen or the course report shows
 * it through the bundle {@code io/crmkit/core/validation/RuleTexts*.properties} (UTF-8; like every
 * text bundle, it never falls back to the JVM's default locale).
 *
 * <p>A rule's key is its English text with each number as {@code n} and every run of other
 * characters as a dot, lower case ({@code "must be at most 2000 characters"} has the key
 * {@code must.be.at.most.n.characters}); the numbers fill the template's {@code {0}}, {@code {1}},
 * ... in order. A rule the bundle does not know reads in English, as given. Thread-safe.
 */
public final class RuleTexts {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Map<Locale, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();

  private static final String FIELD_RULE = "message.field.rule";
  private static final String FIELD_RULE_VALUE = "message.field.rule.value";

  private RuleTexts() {}

  /** The bundle key of an English rule text: {@code must.be.at.most.n.characters}. */
  public static String key(String rule) {
    Require.notNull(rule, "ruleTexts.rule");
    String key = NUMBER.matcher(rule.toLowerCase(Locale.ROOT)).replaceAll(" n ")
        .replaceAll("[^a-z]+", ".");
    return key.replaceAll("^\\.+|\\.+$", "");
  }

  /**
   * A refusal for a person reading {@code locale}: the field (a code, untranslated), the rule in
   * {@code locale} and, unless {@code shownValue} is null, the value as it may be shown.
   */
  static String message(String field, String rule, String shownValue, Locale locale) {
    Require.notNull(locale, "ruleTexts.locale");
    String template = bundle(locale).filter(b -> b.containsKey(shownValue == null ? FIELD_RULE : FIELD_RULE_VALUE))
        .map(b -> b.getString(shownValue == null ? FIELD_RULE : FIELD_RULE_VALUE))
        .orElse(shownValue == null ? "{0} {1}" : "{0} {1}, was {2}");
    return template.replace("{0}", field).replace("{1}", of(rule, locale))
        .replace("{2}", shownValue == null ? "" : shownValue);
  }

  /**
   * The rule texts for {@code locale}: the Chinese file over the English base for Chinese, the base
   * otherwise, never the JVM's default locale. Read here rather than through
   * {@link io.crmkit.core.text.TextBundles}, which validates with {@link Require}: the validation
   * package must not depend back on the text package.
   */
  private static Optional<ResourceBundle> bundle(Locale locale) {
    return BUNDLES.computeIfAbsent(locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
        l -> {
          Optional<ResourceBundle> base = read("RuleTexts.properties", null);
          return l.equals(Locale.ROOT) ? base : read("RuleTexts_zh_CN.properties", base.orElse(null));
        });
  }

  private static Optional<ResourceBundle> read(String file, ResourceBundle parent) {
    try (java.io.InputStream in = RuleTexts.class.getResourceAsStream(file)) {
      if (in == null) {
        return Optional.ofNullable(parent);
      }
      Chained bundle = new Chained(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      bundle.parent(parent);
      return Optional.of(bundle);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the rule texts " + file + " (must be UTF-8)", e);
    }
  }

  private static final class Chained extends java.util.PropertyResourceBundle {
    Chained(java.io.Reader reader) throws java.io.IOException {
      super(reader);
    }

    void parent(ResourceBundle parent) {
      if (parent != null) {
        setParent(parent);
      }
    }
  }

  /** The rule {@code rule} (as an exception names it, in English) in {@code locale}. */
  public static String of(String rule, Locale locale) {
    Require.notNull(rule, "ruleTexts.rule");
    Require.notNull(locale, "ruleTexts.locale");
    Optional<ResourceBundle> bundle = bundle(locale);
    String key = key(rule);
    if (bundle.isEmpty() || !bundle.get().containsKey(key)) {
      return rule;
    }
    List<String> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(rule);
    while (m.find()) {
      numbers.add(m.group());
    }
    String text = bundle.get().getString(key);
    for (int i = 0; i < numbers.size(); i++) {
      text = text.replace("{" + i + "}", numbers.get(i));
    }
    return text;
  }
}
