package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guide (crm-examples/GUIDE.md) and the README must show this module's snippets verbatim, as
 * crm-examples' own snippet tests check theirs (that checker lives in crm-examples' test sources,
 * which this module does not see). A snippet stands between {@code // README: name} and
 * {@code // README: end}, or between {@code // --- snippet: name ---} and {@code // --- end ---};
 * its common indentation is stripped before comparing.
 */
public final class DocumentedSnippets {
  private static final Pattern SNIPPET = Pattern.compile(
      "(?://\\s*README: ([\\w-]+)|//\\s*--- snippet: ([\\w -]+?) ---)\n(.*?)\n\\s*//\\s*(?:README: end|--- end ---)",
      Pattern.DOTALL);

  private DocumentedSnippets() {}

  /**
   * Checks that every snippet of the given test source (a path under this module's
   * {@code src/test/java}) stands in the README or the guide, and returns how many it found (the
   * caller asserts the count, so a lost marker fails).
   */
  public static int assertShownVerbatim(String testSource) throws IOException {
    Path module = Path.of(System.getProperty("basedir", "."));   // surefire sets it to the module directory
    String documentation = Files.readString(module.resolve("../../README.md")) + "\n"
        + Files.readString(module.resolve("../GUIDE.md"));
    String source = Files.readString(module.resolve("src/test/java").resolve(testSource));
    Matcher snippet = SNIPPET.matcher(source);
    int found = 0;
    while (snippet.find()) {
      found++;
      String name = snippet.group(1) != null ? snippet.group(1) : snippet.group(2);
      assertThat(documentation).as("%s snippet '%s'", testSource, name).contains(snippet.group(3).stripIndent());
    }
    return found;
  }
}
