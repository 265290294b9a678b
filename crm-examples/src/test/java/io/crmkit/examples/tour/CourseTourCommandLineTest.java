package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tour's command line: what a teacher types and what comes back. */
class CourseTourCommandLineTest {
  private final Locale before = Locale.getDefault();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir
  Path dir;

  @AfterEach
  void restoreTheDefaultLocale() {
    Locale.setDefault(before);
  }

  private int run(String... args) {
    return CourseTour.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listPrintsOneLinePerLessonWithItsName() {
    assertThat(run("--list", "--lang", "en")).isZero();

    assertThat(out().lines()).hasSize(CourseTour.lessons().size())
        .allSatisfy(line -> assertThat(PlainText.columns(line)).isLessThanOrEqualTo(100));
    assertThat(out()).contains(" 3  personality      Personality styles (IDIC 2)");
  }

  @Test
  void aSingleLessonRunsAloneAndItsReportHoldsOnlyThatSection() throws IOException {
    Path file = dir.resolve("one.html");

    assertThat(run("--lesson", "personality", "--lang", "zh-CN", "--out", file.toString())).isZero();

    assertThat(out()).contains("第 1 课：客户的个性表现").doesNotContain("Identify (IDIC 1)")
        .contains("课程报告已写入 " + file.toAbsolutePath());
    String html = Files.readString(file);
    assertThat(html).contains("lang=\"zh-CN\"").contains("id=\"personality\"").doesNotContain("id=\"identify\"");
  }

  @Test
  void englishIsEnglishOnAChineseMachineAndChineseIsTheDefaultThere() {
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);

    run("--lesson", "personality", "--lang", "en", "--out", dir.resolve("en.html").toString());
    assertThat(out()).contains("Learning goal:").doesNotContain("学习目标");

    out.reset();
    run("--lesson", "personality", "--out", dir.resolve("zh.html").toString());
    assertThat(out()).contains("学习目标：").contains("主观型");
  }

  @Test
  void anUnknownLanguageIsRefusedWithTheAllowedOnesAndExitCodeTwo() {
    assertThat(run("--lang", "fr")).isEqualTo(CourseTour.USAGE);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"fr\"").contains("--lang en or --lang zh-CN");
  }

  @Test
  void anUnknownLessonOrOptionIsRefusedWithWhatExists() {
    assertThat(run("--lang", "en", "--lesson", "nope")).isEqualTo(CourseTour.USAGE);
    assertThat(run("--lang", "en", "--colour")).isEqualTo(CourseTour.USAGE);
    assertThat(run("--lang", "en", "--out")).isEqualTo(CourseTour.USAGE);

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown lesson \"nope\"").contains("personality")
        .contains("Unknown option \"--colour\"").contains("Option --out needs a value");
  }

  @Test
  void theConsoleTextIsPlainAndFitsOneHundredColumnsInBothLanguages() {
    for (String lang : new String[] {"en", "zh-CN"}) {
      out.reset();
      run("--lesson", "personality", "--lang", lang, "--out", dir.resolve(lang + ".html").toString());
      String text = out();
      assertThat(text).as("no escape codes").doesNotContain("\u001b");
      text.lines().filter(l -> !l.startsWith(lang.equals("en") ? "Course report written" : "课程报告已写入"))
          .forEach(line -> assertThat(PlainText.columns(line)).as("columns of: %s", line).isLessThanOrEqualTo(100));
    }
  }
}
