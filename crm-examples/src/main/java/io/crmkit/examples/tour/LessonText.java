package io.crmkit.examples.tour;

import io.crmkit.core.text.DisplayNames;
import io.crmkit.core.text.TextBundles;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one lesson in one language: its own bundle ({@code <LessonClass>.properties}, English,
 * and {@code <LessonClass>_zh_CN.properties}, UTF-8, beside the class under {@code
 * src/main/resources}), loaded without falling back to the JVM's default locale, plus the display
 * names of crmkit's enums and number formats that read the same in both languages.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... and are replaced literally (no MessageFormat
 * quoting: apostrophes and {@code %} are plain text). Immutable and thread-safe.
 */
final class LessonText {
  private final String bundleName;
  private final ResourceBundle bundle;
  private final Locale locale;

  private LessonText(String bundleName, ResourceBundle bundle, Locale locale) {
    this.bundleName = bundleName;
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The texts of the class {@code owner} (a lesson, or the tour itself) in {@code locale}. */
  static LessonText of(Class<?> owner, Locale locale) {
    Require.notNull(owner, "lessonText.owner");
    Require.notNull(locale, "lessonText.locale");
    String baseName = owner.getName();
    ResourceBundle bundle = TextBundles.find(baseName, locale, name -> LessonText.class.getResourceAsStream("/" + name))
        .orElseThrow(() -> new MissingResourceException("no text bundle " + baseName.replace('.', '/')
            + ".properties", baseName, ""));
    return new LessonText(baseName, bundle, locale);
  }

  /** The language of the texts. */
  Locale locale() {
    return locale;
  }

  /** Whether the texts are Chinese. */
  boolean isChinese() {
    return locale.getLanguage().equals("zh");
  }

  /**
   * The text under {@code key}, its {@code {n}} placeholders replaced by {@code args} (in order).
   *
   * @throws MissingResourceException naming the bundle and key when the key is missing
   */
  String text(String key, Object... args) {
    if (!bundle.containsKey(key)) {
      throw new MissingResourceException("no text " + key + " in " + bundleName + " for " + locale.toLanguageTag(),
          bundleName, key);
    }
    String text = bundle.getString(key);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** The display name of a crmkit enum constant in this language (see {@link DisplayNames}). */
  String name(Enum<?> value) {
    return DisplayNames.of(value, locale);
  }

  /** A share as a percentage with {@code decimals} decimals: {@code 0.3264} -> {@code 32.6%}. */
  static String percent(double share, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
  }

  /** A count with thousands separators: {@code 69,659}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A number with {@code decimals} decimals. */
  static String decimal(double x, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }

  /** Items of an enumeration in a sentence: {@code a, b, c} in English, {@code a、b、c} in Chinese. */
  String list(List<String> items) {
    return String.join(isChinese() ? "、" : ", ", items);
  }
}
