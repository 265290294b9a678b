package io.crmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.contact.ContactPoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A course on confidentiality shows redaction, not the data: no lesson prints a sample customer's
 * name, e-mail address or phone number, in English or in Chinese (masked forms such as
 * {@code L*** W***} are what the lessons show).
 */
class TourRedactionTest {

  /** The sample base's names and contact points, as written and as digits only. */
  static Set<String> personalValues() {
    Set<String> values = new TreeSet<>();
    for (Customer c : SampleCustomers.load()) {
      values.add(c.displayName());
      for (ContactPoint p : c.contactPoints()) {
        values.add(p.value());
        String digits = p.value().replaceAll("\\D", "");
        if (digits.length() >= 7) {
          values.add(digits);
        }
      }
    }
    return values;
  }

  private static Set<String> leaked(String text) {
    Set<String> found = new TreeSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String v : personalValues()) {
      if (lower.contains(v.toLowerCase(Locale.ROOT))) {
        found.add(v);
      }
    }
    return found;
  }

  @Test
  void theTourPrintsNoSampleCustomersNameEmailOrPhone() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CourseTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(leaked(bytes.toString(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void theComplaintLessonShowsTheDifficultCustomerTagsNoteRedacted() {
    String lesson = Lessons.english(new ComplaintLesson(CourseTour.CLOCK));
    assertThat(lesson).doesNotContain("shouting, repeats the loss").contains("<redacted>")
        .contains("let him vent");
  }

  @Test
  void theChineseHtmlReportShowsNoSampleCustomersNameEmailOrPhone() {
    // The English lessons are the printed tour above; the Chinese ones come from their own bundles.
    assertThat(leaked(CourseTour.report(Locale.SIMPLIFIED_CHINESE).toHtml())).isEmpty();
  }
}
