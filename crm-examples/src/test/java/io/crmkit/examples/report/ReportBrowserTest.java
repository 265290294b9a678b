package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.examples.report.chart.Chart;
import io.crmkit.examples.tour.TourReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The course report in a real browser: Debian's headless Chromium opens the written file from disk,
 * in English and in Chinese, and the test checks what a student in front of the projector would
 * see: every chart drew (a non-empty box, as many marks as the data), the page logged no error, and
 * Chinese text is set in a CJK font rather than boxes. Full-page screenshots land in
 * {@code target/screenshots/} for a person to look at.
 *
 * <p>Skipped, with a message saying what to install, only when the Chromium or chromedriver binary
 * is missing; {@code .ci/run} installs both. The driver path is given explicitly, so Selenium Manager
 * never looks for a driver on the network.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("crmkit.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("crmkit.chromedriver", "/usr/bin/chromedriver"));
  private static final Path OUT = Path.of("target");
  private static final int WIDTH = 1280;

  private ChromeDriver browser;

  private static final String NO_BROWSER = "skipped: no browser to test the course report in (" + CHROMIUM + ", "
      + DRIVER + "); install the Debian packages chromium chromium-driver fonts-noto-cjk (.ci/run does)";

  /** Starts Chromium once for both languages; where it is not installed, each test is skipped (not aborted). */
  @BeforeAll
  void startChromium() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      return;
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + WIDTH + ",900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "in {0}")
  @EnumSource(SampleReport.Lang.class)
  void everyChartOfTheSampleReportDrawsInChromiumWithoutErrors(SampleReport.Lang lang) throws IOException {
    assumeTrue(browser != null, NO_BROWSER);
    SampleReport sample = new SampleReport(lang);
    check(sample.report(), "sample-" + lang.name().toLowerCase(Locale.ROOT), lang == SampleReport.Lang.ZH);
  }

  /** The report the tour writes, every lesson with its charts, as a teacher would open it. */
  @ParameterizedTest(name = "in {0}")
  @EnumSource(SampleReport.Lang.class)
  void everyChartOfTheTourReportDrawsInChromiumWithoutErrors(SampleReport.Lang lang) throws IOException {
    assumeTrue(browser != null, NO_BROWSER);
    HtmlReport report = TourReports.report(lang == SampleReport.Lang.EN ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    assertThat(report.sections()).extracting(ReportSection::id).hasSize(TourReports.lessonCount());
    assertThat(report.sections().stream().mapToInt(s -> s.charts().size()).sum()).isGreaterThanOrEqualTo(7);
    check(report, "tour-" + lang.name().toLowerCase(Locale.ROOT), lang == SampleReport.Lang.ZH);
  }

  private void check(HtmlReport report, String suffix, boolean chinese) throws IOException {
    Path file = report.writeTo(OUT.resolve("report").resolve("course-report-" + suffix + ".html"));
    browser.get(file.toAbsolutePath().toUri().toString());

    List<Chart> charts = report.sections().stream().flatMap(s -> s.charts().stream()).toList();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> drawn = (List<Map<String, Object>>) browser.executeScript(
        "return Array.from(document.querySelectorAll('svg.crm-chart')).map(svg => {"
            + " const box = svg.querySelector('g.body').getBBox();"
            + " return {title: svg.querySelector('title').textContent, width: box.width, height: box.height,"
            + "  marks: svg.querySelectorAll('.mark').length}; });");
    assertThat(drawn).hasSize(charts.size());
    for (int i = 0; i < charts.size(); i++) {
      Map<String, Object> chart = drawn.get(i);
      assertThat(chart.get("title")).isEqualTo(charts.get(i).text().title());
      assertThat(((Number) chart.get("width")).doubleValue()).as("width of %s", chart.get("title")).isPositive();
      assertThat(((Number) chart.get("height")).doubleValue()).as("height of %s", chart.get("title")).isPositive();
      assertThat(((Number) chart.get("marks")).intValue()).as("marks of %s", chart.get("title"))
          .isEqualTo(ExpectedMarks.of(charts.get(i)));
    }

    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("browser console errors").isEmpty();

    if (chinese) {
      assertChineseIsSetInACjkFont();
    }
    screenshots(suffix);
  }

  /**
   * Two checks that fail when CJK glyphs fall back to boxes: an ideograph of a CJK font is exactly one
   * em wide, so an all-CJK title measures (characters x font size) as rendered in the SVG; and two
   * different ideographs drawn in the page's font give different pixels (missing glyphs all draw the
   * same box).
   */
  private void assertChineseIsSetInACjkFont() {
    @SuppressWarnings("unchecked")
    Map<String, Object> title = (Map<String, Object>) browser.executeScript(
        "const t = Array.from(document.querySelectorAll('svg.crm-chart text'))"
            + " .find(e => /^[\\u4e00-\\u9fff\\uff08\\uff09]{4,}$/.test(e.textContent));"
            + "const size = parseFloat(getComputedStyle(t).fontSize);"
            + "return {text: t.textContent, length: t.getComputedTextLength(), size: size,"
            + " chars: Array.from(t.textContent).length, font: getComputedStyle(t).fontFamily};");
    double expected = ((Number) title.get("chars")).doubleValue() * ((Number) title.get("size")).doubleValue();
    assertThat(((Number) title.get("length")).doubleValue()).as("rendered width of '%s' in %s", title.get("text"),
        title.get("font")).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(3));

    Object distinct = browser.executeScript(
        "const font = '20px ' + getComputedStyle(document.querySelector('svg.crm-chart text')).fontFamily;"
            + "const draw = ch => { const c = document.createElement('canvas'); c.width = 40; c.height = 40;"
            + " const g = c.getContext('2d'); g.font = font; g.fillText(ch, 5, 28); return c.toDataURL(); };"
            + "return draw('中') !== draw('国') && draw('客') !== draw('户');");
    assertThat(distinct).as("different ideographs draw differently (not as boxes)").isEqualTo(true);

    Object namedFontInstalled = browser.executeScript(
        "const g = document.createElement('canvas').getContext('2d');"
            + "const w = f => { g.font = '20px ' + f; return g.measureText('mmmmmmmmmmlli').width; };"
            + "return w(\"'Noto Sans CJK SC', monospace\") !== w('monospace');");
    assertThat(namedFontInstalled).as("the font 'Noto Sans CJK SC' named first in the charts is installed")
        .isEqualTo(true);
  }

  private void screenshots(String suffix) throws IOException {
    Path dir = Files.createDirectories(OUT.resolve("screenshots"));
    Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(WIDTH, height.intValue() + 20));
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve("report-" + suffix + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
    List<WebElement> svgs = browser.findElements(By.cssSelector("svg.crm-chart"));
    for (int i = 0; i < svgs.size(); i++) {
      Files.copy(svgs.get(i).getScreenshotAs(OutputType.FILE).toPath(),
          dir.resolve("chart-" + suffix + "-" + i + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
    browser.manage().window().setSize(new Dimension(WIDTH, 900));
  }
}
