package io.crmkit.core.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerGen;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Duplicate detection is symmetric, order-independent, and finds a re-entered customer. */
class DuplicateDetectionProperties {
  private final IdentityNormalizer normalizer = IdentityNormalizer.forCountryCode("86");
  private final DuplicateDetector detector = DuplicateDetector.using(normalizer);

  /** Customer bases of up to 30 records with distinct ids. */
  private static Gen<List<Customer>> bases() {
    return lists().of(CustomerGen.customers()).ofSizeBetween(0, 30).map(list -> new ArrayList<>(list
        .stream().collect(Collectors.toMap(Customer::id, c -> c, (a, b) -> a)).values()));
  }

  @Test
  void theOrderOfTheInputDoesNotChangeTheResult() {
    qt().forAll(bases()).checkAssert(base -> {
      List<Customer> shuffled = new ArrayList<>(base);
      Collections.shuffle(shuffled, new Random(base.size()));
      assertThat(detector.detect(shuffled)).isEqualTo(detector.detect(base));
    });
  }

  @Test
  void everyCandidateIsOrderedAndScoredByTheKindsOfItsEvidence() {
    qt().forAll(bases()).checkAssert(base -> {
      for (DuplicateCandidate c : detector.detect(base).candidates()) {
        assertThat(c.first()).isLessThan(c.second());
        Set<MatchKind> kinds = c.evidence().stream().map(MatchEvidence::kind)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatchKind.class)));
        assertThat(c.score()).isEqualTo(detector.score(kinds)).isGreaterThanOrEqualTo(detector.minScore());
      }
    });
  }

  @Test
  void aCustomerReEnteredWithReformattedContactsIsFound() {
    qt().forAll(CustomerGen.reachableCustomers())
        .checkAssert(original -> {
          CustomerId copyId = CustomerId.of(original.id().value() + "-copy");
          List<ContactPoint> reformatted = original.contactPoints().stream()
              .map(p -> ContactPoint.of(p.kind(), p.kind() == ContactPointKind.PHONE ? normalizer.phone(p.value())
                  : "  " + p.value().toUpperCase(Locale.ROOT) + " "))
              .collect(Collectors.toList());
          Customer copy = Customer.person(copyId, original.displayName().toUpperCase(Locale.ROOT));
          copy = Customer.builder().from(copy).contactPoints(reformatted).build();

          DuplicateReport report = detector.detect(List.of(copy, original));

          assertThat(report.candidates()).singleElement().satisfies(c -> {
            assertThat(c.involves(original.id())).isTrue();
            assertThat(c.involves(copyId)).isTrue();
            assertThat(c.score()).isGreaterThanOrEqualTo(0.8);
          });
        });
  }

  @Test
  void moreKindsOfEvidenceNeverLowerTheScore() {
    List<MatchKind> all = List.of(MatchKind.values());
    qt().forAll(lists().of(SourceDSL.arbitrary().pick(all)).ofSizeBetween(0, 3),
        SourceDSL.arbitrary().pick(all)).checkAssert((kinds, extra) -> {
          List<MatchKind> more = new ArrayList<>(kinds);
          more.add(extra);
          assertThat(detector.score(more)).isGreaterThanOrEqualTo(detector.score(kinds));
        });
  }
}
