package io.crmkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.personality.PersonalityStyle;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Display names read in the asked language, whatever the JVM's default locale. */
class DisplayNamesTest {
  private final Locale before = Locale.getDefault();

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(before);
  }

  @Test
  void englishStaysEnglishOnAMachineWhoseDefaultLocaleIsChinese() {
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

    assertThat(DisplayNames.of(PersonalityStyle.AMIABLE, Locale.ENGLISH)).isEqualTo("Amiable");
    assertThat(DisplayNames.of(PersonalityStyle.AMIABLE, Locale.ROOT)).isEqualTo("Amiable");
    assertThat(DisplayNames.of(PersonalityStyle.AMIABLE, Locale.FRENCH)).isEqualTo("Amiable");
  }

  @Test
  void simplifiedChineseUsesTheCourseMaterialsTerms() {
    Locale.setDefault(Locale.US);

    assertThat(DisplayNames.of(PersonalityStyle.DOMINANT, Locale.SIMPLIFIED_CHINESE)).isEqualTo("主观型");
    assertThat(DisplayNames.of(PersonalityStyle.EXPRESSIVE, Locale.forLanguageTag("zh-CN"))).isEqualTo("情感型");
  }

  @Test
  void aMissingNameIsReportedWithItsBundleAndKey() {
    assertThat(DisplayNames.find(Locale.Category.FORMAT, Locale.ENGLISH)).isEmpty();
    assertThatThrownBy(() -> DisplayNames.of(Locale.Category.FORMAT, Locale.ENGLISH))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("Category.FORMAT").hasMessageContaining("java.util.DisplayNames");
  }

  @Test
  void theKeyIsTheEnumsSimpleNameAndTheConstant() {
    assertThat(DisplayNames.key(PersonalityStyle.ANALYTICAL)).isEqualTo("PersonalityStyle.ANALYTICAL");
  }

  /**
   * The tests run on the class path; here crm-core is loaded as the named module it is for a host on
   * the module path, where bundles are encapsulated resources and {@code ResourceBundle.Control} is
   * refused: the names must still be found.
   */
  @Test
  void namesAreFoundWhenCrmCoreRunsAsANamedModule() throws Exception {
    List<Path> modulePath = new ArrayList<>();
    modulePath.add(location(DisplayNames.class));
    modulePath.add(location(com.google.common.collect.ImmutableList.class));
    modulePath.add(location(org.slf4j.Logger.class));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.contains("failureaccess") || entry.contains("jspecify")) {
        modulePath.add(Path.of(entry));
      }
    }
    ModuleFinder finder = ModuleFinder.of(modulePath.toArray(Path[]::new));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration config = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of("io.crmkit.core"));
    ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("io.crmkit.core");

    Class<?> names = loader.loadClass("io.crmkit.core.text.DisplayNames");
    Class<?> style = loader.loadClass("io.crmkit.core.personality.PersonalityStyle");
    assertThat(names.getModule().isNamed()).isTrue();
    Object amiable = style.getMethod("valueOf", String.class).invoke(null, "AMIABLE");
    var of = names.getMethod("of", Enum.class, Locale.class);
    assertThat(of.invoke(null, amiable, Locale.SIMPLIFIED_CHINESE)).isEqualTo("随和型");
    assertThat(of.invoke(null, amiable, Locale.ENGLISH)).isEqualTo("Amiable");
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
