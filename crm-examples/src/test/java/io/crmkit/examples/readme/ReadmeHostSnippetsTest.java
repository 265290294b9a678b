package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.customer.Customer;
import io.crmkit.examples.storage.EmbeddedPostgresql;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide's host example (crm-examples/GUIDE.md, "A host on PostgreSQL"): {@link CrmHostApplication}, a plain Java application
 * wiring PostgreSQL, a HikariCP pool, Flyway and crmkit's stores, run on a real PostgreSQL server and
 * compiled as a host compiles it, with {@code -Xlint:all -Werror} and no Immutables on the class path.
 */
class ReadmeHostSnippetsTest {
  private static final Path SOURCE = Path.of("src/test/java/io/crmkit/examples/readme/CrmHostApplication.java");

  @Test
  void theHostApplicationMigratesWithFlywayAndStoresACustomerOnPostgresqlOnceAcrossRestarts() throws Exception {
    try (HikariDataSource database = EmbeddedPostgresql.newDatabase("host_example", 2)) {
      String url = EmbeddedPostgresql.jdbcUrl("host_example");
      Customer first = CrmHostApplication.run(url, "postgres", "");
      Customer again = CrmHostApplication.run(url, "postgres", ""); // a restart: Flyway finds nothing to do
      assertThat(first.version()).isEqualTo(1);
      assertThat(again).isEqualTo(first);
      try (var c = database.getConnection(); var r = c.createStatement().executeQuery(
          "SELECT string_agg(script, ',' ORDER BY installed_rank) FROM crmkit_flyway_history WHERE success")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("V1__customers_and_complaints.sql,V2__style_profiles.sql,"
            + "V3__interactions.sql,V4__searchable_projections.sql");
      }
    }
  }

  @Test
  void theHostApplicationIsUnderThirtyLinesWithoutItsImports() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    int classStart = lines.indexOf(lines.stream().filter(l -> l.startsWith("public final class")).findFirst()
        .orElseThrow());
    assertThat(lines.size() - classStart).isLessThan(30);
    assertThat(Files.readString(SOURCE)).doesNotContain("Immutable").doesNotContain("crmkit.persistence.contract");
  }

  @Test
  void hostCodeCompilesWithEveryLintWarningAnErrorAndNoImmutablesOnTheClassPath(@TempDir Path out)
      throws IOException {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.toLowerCase(Locale.ROOT).contains("immutables"))
        .collect(Collectors.joining(File.pathSeparator));
    assertThat(classPath).contains("crm-core").doesNotContain("org/immutables");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17",
          "-classpath", classPath, "-d", out.toString()));
      boolean compiled = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(SOURCE.toFile())).call();
      List<String> reported = diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT)).collect(Collectors.toList());
      assertThat(reported).isEmpty();
      assertThat(compiled).isTrue();
    }
    assertThat(out.resolve("io/crmkit/examples/readme/CrmHostApplication.class")).exists();
  }

  @Test
  void theGuideShowsTheHostApplicationVerbatim() throws IOException {
    String source = Files.readString(SOURCE);
    String application = source.substring(source.indexOf("public final class CrmHostApplication")).strip();
    assertThat(DocumentationSnippets.readmeAndGuide()).contains(application);
  }
}
