package io.crmkit.core.text;

import io.crmkit.core.validation.Require;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names people read for crmkit's concepts, in English or Simplified Chinese (the course
 * material's own terms), so a host application shows a {@code PersonalityStyle.AMIABLE} as
 * "Amiable" or "随和型" in its own screens.
 *
 * <p>Each feature package carries its own bundle beside its enums: {@code <package
 * path>/DisplayNames.properties} (English, the base) and {@code DisplayNames_zh_CN.properties}, UTF-8,
 * with keys {@code EnumSimpleName.CONSTANT} (e.g. {@code PersonalityStyle.AMIABLE=Amiable}); a nested
 * enum uses its own simple name. Bundles load without falling back to the JVM's default locale (see
 * {@link TextBundles}): English stays English on a Chinese machine; any locale other than Chinese
 * reads the English base.
 *
 * <p>Modules: a bundle in a package of crm-core is always found. A bundle in another named module is
 * found when that module opens the package to crm-core ({@code opens io.crmkit.scoring.pyramid to
 * io.crmkit.core;}); on the class path (the tour jar) every bundle is found. Thread-safe; bundles are
 * read once.
 */
public final class DisplayNames {
  private static final Map<String, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();

  private DisplayNames() {}

  /**
   * The display name of {@code value} in {@code locale}.
   *
   * @throws MissingResourceException naming the bundle and the key when the package has no bundle or
   *     the bundle no name for the constant
   */
  public static String of(Enum<?> value, Locale locale) {
    return find(value, locale).orElseThrow(() -> new MissingResourceException("no display name "
        + key(value) + " in " + baseName(value.getDeclaringClass()) + " for locale " + locale.toLanguageTag(),
        baseName(value.getDeclaringClass()), key(value)));
  }

  /** The display name of {@code value} in {@code locale}, or empty when its bundle does not name it. */
  public static Optional<String> find(Enum<?> value, Locale locale) {
    Require.notNull(value, "displayNames.value");
    Require.notNull(locale, "displayNames.locale");
    Class<?> type = value.getDeclaringClass();
    Optional<ResourceBundle> bundle = BUNDLES.computeIfAbsent(baseName(type) + "|" + locale.toLanguageTag(),
        k -> TextBundles.find(baseName(type), locale, name -> type.getResourceAsStream("/" + name)));
    String key = key(value);
    return bundle.filter(b -> b.containsKey(key)).map(b -> b.getString(key));
  }

  /** The bundle key of a constant: {@code PersonalityStyle.AMIABLE}. */
  public static String key(Enum<?> value) {
    Require.notNull(value, "displayNames.value");
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** The bundle's base name for an enum type: {@code <package>.DisplayNames}. */
  static String baseName(Class<?> enumType) {
    return enumType.getPackageName() + ".DisplayNames";
  }
}
