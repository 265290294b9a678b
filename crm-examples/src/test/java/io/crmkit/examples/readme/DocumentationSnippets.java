package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README and the API guide must show the snippets of a snippet test verbatim, so the documents
 * and the code they show cannot drift apart. A snippet stands between {@code // README: name} and
 * {@code // README: end} (or between {@code // --- snippet: name ---} and {@code // --- end ---}) in the
 * test's source; its common indentation is stripped before comparing.
 */
final class DocumentationSnippets {
  private static final Pattern SNIPPET = Pattern.compile(
      "(?:// README: ([\\w-]+)|// --- snippet: ([\\w -]+?) ---)\n(.*?)\n\\s*// (?:README: end|--- end ---)",
      Pattern.DOTALL);

  private DocumentationSnippets() {}

  /** README.md at the root and crm-examples/GUIDE.md, read from the crm-examples module directory. */
  static String readmeAndGuide() throws IOException {
    return Files.readString(Path.of("..", "README.md")) + "\n" + Files.readString(Path.of("GUIDE.md"));
  }

  /**
   * Checks that every snippet of the named test class of this package stands in the README or the
   * guide, and returns how many snippets it found (the caller asserts the count, so a lost marker fails).
   */
  static int assertShownVerbatim(String testClassName) throws IOException {
    String documentation = readmeAndGuide();
    String source = Files.readString(Path.of("src/test/java/io/crmkit/examples/readme", testClassName + ".java"));
    Matcher snippet = SNIPPET.matcher(source);
    int found = 0;
    while (snippet.find()) {
      found++;
      String name = snippet.group(1) != null ? snippet.group(1) : snippet.group(2);
      assertThat(documentation).as("%s snippet '%s'", testClassName, name)
          .contains(snippet.group(3).stripIndent());
    }
    return found;
  }
}
