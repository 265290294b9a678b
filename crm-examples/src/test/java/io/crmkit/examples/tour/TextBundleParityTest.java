package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text bundle of every module says the same things in English and in Simplified Chinese:
 * the bundles are found on disk (every {@code src/main/resources} of the reactor), so a bundle a
 * helper adds later is checked without anyone registering it. A text bundle is any
 * {@code DisplayNames*.properties}, any bundle of the tour package (the lessons' texts), and any
 * bundle that has a {@code _zh_CN} file.
 */
class TextBundleParityTest {
  private static final String CHINESE = "_zh_CN";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  /** The reactor's root: the tests run in crm-examples. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.isDirectory(here.resolve("crm-core")) ? here : here.getParent();
    assertThat(root.resolve("crm-core")).as("reactor root beside %s", here).isDirectory();
    return root;
  }

  /** Base path (without locale and extension) -> the files of that bundle family. */
  static Map<Path, List<Path>> bundles() throws IOException {
    Map<Path, List<Path>> families = new TreeMap<>();
    try (Stream<Path> modules = Files.list(root())) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path resources = module.resolve("src/main/resources");
        if (!Files.isDirectory(resources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(resources)) {
          files.filter(f -> f.getFileName().toString().endsWith(".properties")).forEach(f -> {
            String name = f.getFileName().toString().replace(".properties", "");
            String base = name.endsWith(CHINESE) ? name.substring(0, name.length() - CHINESE.length()) : name;
            families.computeIfAbsent(f.resolveSibling(base), k -> new ArrayList<>()).add(f);
          });
        }
      }
    }
    families.entrySet().removeIf(e -> !isTextBundle(e.getKey(), e.getValue()));
    return families;
  }

  private static boolean isTextBundle(Path base, List<Path> files) {
    return base.getFileName().toString().equals("DisplayNames")
        || base.getParent().endsWith(Path.of("io/crmkit/examples/tour"))
        || files.stream().anyMatch(f -> f.getFileName().toString().endsWith(CHINESE + ".properties"));
  }

  private static Properties read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void theDiscoveryFindsTheBundlesOfCoreAndOfTheTour() throws IOException {
    Set<String> names = new TreeSet<>();
    bundles().keySet().forEach(b -> names.add(root().relativize(b).toString()));
    assertThat(names).contains(
        "crm-core/src/main/resources/io/crmkit/core/personality/DisplayNames",
        "crm-examples/src/main/resources/io/crmkit/examples/tour/CourseTour",
        "crm-examples/src/main/resources/io/crmkit/examples/tour/PersonalityLesson");
  }

  @Test
  void everyTextBundleHasTheSameKeysInEnglishAndChineseAndNoBlankValue() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Path, List<Path>> family : bundles().entrySet()) {
      String where = root().relativize(family.getKey()).toString();
      Path english = family.getKey().resolveSibling(family.getKey().getFileName() + ".properties");
      Path chinese = family.getKey().resolveSibling(family.getKey().getFileName() + CHINESE + ".properties");
      if (!Files.exists(english) || !Files.exists(chinese)) {
        problems.add(where + ": needs both " + english.getFileName() + " and " + chinese.getFileName());
        continue;
      }
      Properties en = read(english);
      Properties zh = read(chinese);
      for (String key : new TreeSet<>(en.stringPropertyNames())) {
        if (!zh.containsKey(key)) {
          problems.add(where + ": key " + key + " is English only");
        }
      }
      for (String key : new TreeSet<>(zh.stringPropertyNames())) {
        if (!en.containsKey(key)) {
          problems.add(where + ": key " + key + " is Chinese only");
        }
      }
      for (Properties p : List.of(en, zh)) {
        String lang = p == en ? "English" : "Chinese";
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
          if (p.getProperty(key).isBlank()) {
            problems.add(where + ": " + lang + " value of " + key + " is blank");
          }
        }
      }
      for (String key : new TreeSet<>(en.stringPropertyNames())) {
        if (zh.containsKey(key) && !placeholders(en.getProperty(key)).equals(placeholders(zh.getProperty(key)))) {
          problems.add(where + ": key " + key + " has placeholders " + placeholders(en.getProperty(key))
              + " in English but " + placeholders(zh.getProperty(key)) + " in Chinese");
        }
      }
    }
    assertThat(problems).as("bundle problems").isEmpty();
  }

  @Test
  void everyDisplayNameKeyNamesARealEnumConstant() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path base : bundles().keySet()) {
      if (!base.getFileName().toString().equals("DisplayNames")) {
        continue;
      }
      Path resources = resourcesOf(base);
      String pkg = resources.relativize(base.getParent()).toString().replace('/', '.');
      for (String key : read(base.resolveSibling("DisplayNames.properties")).stringPropertyNames()) {
        int dot = key.indexOf('.');
        if (dot < 0) {
          problems.add(pkg + ": key " + key + " is not EnumSimpleName.CONSTANT");
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(pkg + "." + key.substring(0, dot));
        } catch (ClassNotFoundException nested) {
          continue; // a nested enum: its simple name is not a top-level class name
        }
        boolean found = type.isEnum() && Stream.of(type.getEnumConstants())
            .anyMatch(c -> ((Enum<?>) c).name().equals(key.substring(dot + 1)));
        if (!found) {
          problems.add(pkg + ": key " + key + " names no constant of " + type.getName());
        }
      }
    }
    assertThat(problems).as("display-name keys").isEmpty();
  }

  private static Path resourcesOf(Path base) {
    Path p = base;
    while (!p.endsWith(Path.of("src/main/resources"))) {
      p = p.getParent();
    }
    return p;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
