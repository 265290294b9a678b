package io.crmkit.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.text.DisplayNames;
import io.crmkit.scoring.pareto.AbcClass;
import io.crmkit.scoring.pyramid.PyramidTier;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The display names of scoring's enums, read by crm-core's {@code DisplayNames}: on the class path,
 * and with both modules named (the bundle packages are opened to crm-core in module-info).
 */
class ScoringDisplayNamesTest {

  @Test
  void thePyramidTiersAndAbcClassesHaveNamesInBothLanguages() {
    assertThat(DisplayNames.of(PyramidTier.KEY, Locale.SIMPLIFIED_CHINESE)).isEqualTo("重要客户");
    assertThat(DisplayNames.of(PyramidTier.SMALL, Locale.ENGLISH)).isEqualTo("Small customers");
    assertThat(DisplayNames.of(AbcClass.A, Locale.SIMPLIFIED_CHINESE)).startsWith("A 类");
  }

  @Test
  void namesAreFoundWhenCoreAndScoringRunAsNamedModules() throws Exception {
    List<Path> modulePath = new ArrayList<>();
    modulePath.add(location(DisplayNames.class));
    modulePath.add(location(PyramidTier.class));
    modulePath.add(location(com.google.common.collect.ImmutableList.class));
    modulePath.add(location(org.slf4j.Logger.class));
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (entry.contains("failureaccess") || entry.contains("jspecify") || entry.contains("hipparchus")) {
        modulePath.add(Path.of(entry));
      }
    }
    ModuleLayer boot = ModuleLayer.boot();
    Configuration config = boot.configuration().resolve(ModuleFinder.of(modulePath.toArray(Path[]::new)),
        ModuleFinder.of(), Set.of("io.crmkit.scoring"));
    ModuleLayer layer = boot.defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("io.crmkit.scoring");

    Class<?> names = loader.loadClass("io.crmkit.core.text.DisplayNames");
    Class<?> tier = loader.loadClass("io.crmkit.scoring.pyramid.PyramidTier");
    assertThat(tier.getModule().isNamed()).isTrue();
    Object key = tier.getMethod("valueOf", String.class).invoke(null, "KEY");
    assertThat(names.getMethod("of", Enum.class, Locale.class).invoke(null, key, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("重要客户");
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
