package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.examples.report.ReportSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every lesson, run in Simplified Chinese, reads in Chinese: no sentence of English words in its
 * console text or in its HTML section (labels, tables, chart texts and the explanations the engines
 * give). Codes stay as they are: ids ({@code c-001}, {@code CMP-2026-017}, rule names such as
 * {@code no-apology-before-facts}), acronyms and units ({@code EUR}, {@code RFM}, {@code IDIC},
 * {@code BG/NBD}, {@code P(alive)}), enum codes and numbers; the sample customers' own names are
 * names, not sentences.
 */
class ChineseReportLanguageTest {
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  /**
   * A word of an English sentence: Latin letters with at least one lower-case letter, not part of a
   * code (joined to letters, digits, {@code - _ / . @} on either side). Acronyms (all capitals) and
   * hyphenated ids are therefore not words.
   */
  private static final String WORD = "(?<![\\p{L}\\p{N}_\\-/.@])(?=[A-Za-z']*[a-z])[A-Za-z][A-Za-z']*(?![\\p{L}\\p{N}_\\-/@]|\\.[\\p{L}\\p{N}])";
  /** Three or more words in a row, separated only by spaces and light punctuation. */
  static final Pattern ENGLISH_SENTENCE = Pattern.compile(WORD + "(?:[ ,;:()\"'.]+" + WORD + "){2,}");

  /** The English stretches of {@code text}, with any allowed names removed first. */
  static List<String> englishIn(String text, Set<String> names) {
    String t = text;
    for (String name : names) {
      t = t.replace(name, " ");
    }
    List<String> found = new ArrayList<>();
    Matcher m = ENGLISH_SENTENCE.matcher(t);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The text a reader sees in an HTML fragment: no style sheet, no tags, entities decoded. */
  static String visibleText(String html) {
    return html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", "\n").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  private static Set<String> sampleNames() {
    return SampleCustomers.load().stream().map(Customer::displayName).collect(Collectors.toSet());
  }

  @Test
  void theDetectorFindsAnEnglishSentenceAndLetsCodesNamesAndAcronymsPass() {
    Set<String> names = Set.of("Acme Trading Co.");
    assertThat(englishIn("回答：no consent in force from customer c-201", names)).containsExactly("no consent in force from customer");
    assertThat(englishIn("依据：same name, same phone", names)).containsExactly("same name, same phone");
    assertThat(englishIn("c-005 Acme Trading Co. 的客户对待方案：规则 no-apology-before-facts、EUR 18400.00、"
        + "BG/NBD、P(alive)、R1F1、IDIC、RFM、SINGLE_CONTACT_PERSON、Li Wei、Fader、Hardie 和 Lee", names)).isEmpty();
  }

  @Test
  void everyLessonReadsInChineseInTheConsoleAndInItsReportSection() {
    Set<String> names = sampleNames();
    List<String> problems = new ArrayList<>();
    for (Lesson lesson : CourseTour.lessons()) {
      ReportSection section = Lessons.section(lesson, CHINESE);
      String console = Lessons.text(section, CHINESE);
      String html = visibleText(section.toHtml(CourseTour.labels(LessonText.of(CourseTour.class, CHINESE))));
      for (String english : englishIn(console, names)) {
        problems.add(lesson.name() + " (console): " + english);
      }
      for (String english : englishIn(html, names)) {
        problems.add(lesson.name() + " (report): " + english);
      }
    }
    assertThat(problems).as("English sentences in the Chinese course").isEmpty();
  }

  @Test
  void theWholeChineseReportHasNoEnglishSentence() {
    String html = visibleText(CourseTour.report(CHINESE).toHtml());

    assertThat(englishIn(html, sampleNames())).isEmpty();
    assertThat(html).contains("客户 c-201 没有有效的同意").contains("电子邮箱相同").contains("对数似然")
        .contains("最近两个季度的消费上升");
  }

  @Test
  void theEnglishReportStillExplainsInEnglish() {
    String html = visibleText(CourseTour.report(Locale.ENGLISH).toHtml());

    assertThat(html).contains("same name, same email, same phone").contains("being related is not consent")
        .contains("log-likelihood").contains("spend up 186% over the last two quarters");
  }
}
