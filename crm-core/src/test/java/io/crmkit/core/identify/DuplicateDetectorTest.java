package io.crmkit.core.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private final DuplicateDetector detector = DuplicateDetector.using(IdentityNormalizer.forCountryCode("86"));

  static Customer person(String id, String name, ContactPoint... contacts) {
    return Customer.builder().from(Customer.person(CustomerId.of(id), name)).addContactPoints(contacts).build();
  }

  static ContactPoint email(String e) {
    return ContactPoint.of(ContactPointKind.EMAIL, e);
  }

  static ContactPoint phone(String p) {
    return ContactPoint.of(ContactPointKind.PHONE, p);
  }

  @Test
  void theSameCustomerEnteredTwiceIsFoundWithAllItsEvidence() {
    DuplicateReport report = detector.detect(List.of(
        person("c-2", "WEI LI", email("Li.Wei@Example.com"), phone("+86 138-0013-8000")),
        person("c-1", "Li Wei", email("li.wei@example.com"), phone("138 0013 8000")),
        person("c-3", "Maria Garcia", email("maria@example.es"))));

    assertThat(report.candidates()).singleElement().satisfies(c -> {
      assertThat(c.first()).isEqualTo(CustomerId.of("c-1"));
      assertThat(c.second()).isEqualTo(CustomerId.of("c-2"));
      assertThat(c.evidence()).extracting(MatchEvidence::kind)
          .containsExactlyInAnyOrder(MatchKind.SAME_NAME, MatchKind.SAME_EMAIL, MatchKind.SAME_PHONE);
      assertThat(c.score()).isCloseTo(1 - 0.1 * 0.2 * 0.5, Offset.offset(1e-12));
      assertThat(c.evidenceDescriptions()).contains("same email", "same phone");
      assertThat(c.evidence()).extracting(MatchEvidence::sharedValue).contains("li.wei@example.com", "+8613800138000");
      assertThat(c.toString()).doesNotContain("li.wei@example.com").doesNotContain("+8613800138000");
    });
    assertThat(report.hasOpenDuplicate(CustomerId.of("c-1"))).isTrue();
    assertThat(report.hasOpenDuplicate(CustomerId.of("c-3"))).isFalse();
  }

  @Test
  void aSharedNameAloneIsNeverACandidateNamesakesAreDifferentPeople() {
    List<Customer> twoAnnas = List.of(person("c-1", "Anna Müller"), person("c-2", "Anna Muller"));

    assertThat(detector.detect(twoAnnas).candidates()).isEmpty();
    assertThat(DuplicateDetector.builder().normalizer(IdentityNormalizer.forCountryCode("86")).minScore(0.1).build()
        .detect(twoAnnas).candidates()).isEmpty();
  }

  @Test
  void aBlockTooCommonToCompareIsReportedNotSilentlySkipped() {
    List<Customer> switchboard = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      switchboard.add(person(String.format("c-%02d", i), "Employee " + i, phone("021 5555 0100")));
    }
    DuplicateReport report = detector.detect(switchboard);

    assertThat(report.candidates()).isEmpty();
    assertThat(report.skippedBlocks()).singleElement().satisfies(b -> {
      assertThat(b.kind()).isEqualTo(MatchKind.SAME_PHONE);
      assertThat(b.sharedValue()).isEqualTo("+862155550100");
      assertThat(b.records()).isEqualTo(60);
    });
  }

  @Test
  void aContactPointThatCannotBeNormalizedIsReportedWithTheReason() {
    DuplicateReport report = detector.detect(List.of(person("c-9", "Wang Fang", phone("1370000111x"))));

    assertThat(report.unusableContactPoints()).singleElement().satisfies(u -> {
      assertThat(u.customer()).isEqualTo(CustomerId.of("c-9"));
      assertThat(u.reason()).contains("phone must contain only digits");
    });
  }

  @Test
  void aDismissedPairIsNoLongerOpenAndIsRemembered() {
    DuplicateReport report = detector.detect(List.of(person("c-1", "Anna Müller", phone("021 5555 0100")),
        person("c-2", "Anna Muller", phone("021 5555 0100")))).dismiss(CustomerId.of("c-2"), CustomerId.of("c-1"));

    assertThat(report.candidates()).isEmpty();
    assertThat(report.dismissed()).hasSize(1);
    assertThat(report.hasOpenDuplicate(CustomerId.of("c-1"))).isFalse();
  }

  @Test
  void dismissingAPairThatIsNotACandidateIsAnError() {
    DuplicateReport report = detector.detect(List.of(person("c-1", "Anna Müller")));
    assertThatThrownBy(() -> report.dismiss(CustomerId.of("c-1"), CustomerId.of("c-2")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("dismissed must name an open candidate pair");
  }

  @Test
  void theSameIdTwiceInTheInputIsRejected() {
    assertThatThrownBy(() -> detector.detect(List.of(person("c-1", "A B"), person("c-1", "C D"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("customers must not contain the same id twice");
  }

  @Test
  void weightsOutsideZeroToOneAreRejected() {
    assertThatThrownBy(() -> DuplicateDetector.builder().normalizer(IdentityNormalizer.forCountryCode("86"))
        .weights(Map.of(MatchKind.SAME_NAME, 1.0)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("duplicateDetector.weights.SAME_NAME");
  }
}
