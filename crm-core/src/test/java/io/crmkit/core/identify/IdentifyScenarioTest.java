package io.crmkit.core.identify;

import static io.crmkit.core.identify.DuplicateDetectorTest.email;
import static io.crmkit.core.identify.DuplicateDetectorTest.person;
import static io.crmkit.core.identify.DuplicateDetectorTest.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.idic.IdentifyEvidence;
import io.crmkit.core.idic.IdicProgressReport;
import io.crmkit.core.idic.IdicStage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Identify lesson end to end: a customer who came in through the web shop and again through a
 * branch is two records until identification recognises one person, merges the records with their
 * history intact, and the IDIC report moves on to Differentiate.
 */
class IdentifyScenarioTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final EmployeeId ANNA = EmployeeId.of("em-anna");

  @Test
  void aCustomerKnownTwiceBecomesOneIdentifiedCustomer() {
    IdentityNormalizer normalizer = IdentityNormalizer.forCountryCode("86");
    // The web shop knows an email; the branch knows a verified phone and two preferences.
    Customer web = person("c-100", "Li Wei", email("Li.Wei@Example.com"), phone("138 0013 8000"));
    Customer branch = person("c-200", "WEI, Li", ContactPoint.verified(ContactPointKind.PHONE, "+86 138-0013-8000"))
        .recordFact(ProfileFact.builder().key(FactKey.of("likes-new-fund-launches"))
            .category(FactCategory.BEHAVIORAL).sensitivity(Sensitivity.PERSONAL).content("yes")
            .source("branch conversation").recordedAt(CLOCK.instant().minusSeconds(86_400)).build())
        .recordFact(ProfileFact.builder().key(FactKey.of("preferred-branch"))
            .category(FactCategory.BEHAVIORAL).sensitivity(Sensitivity.INTERNAL).content("Pudong")
            .source("branch conversation").recordedAt(CLOCK.instant().minusSeconds(86_400)).build());

    // Before identification neither record is identified: one is unverified, both have a twin.
    DuplicateReport report = DuplicateDetector.using(normalizer).detect(List.of(web, branch));
    assertThat(IdicProgressReport.assess(web, List.of(IdentifyEvidence.from(report::hasOpenDuplicate)), CLOCK)
        .stage(IdicStage.IDENTIFY).missing())
        .containsExactly("no verified contact point", "an open duplicate candidate");

    // The detector explains why it thinks they are one person, without repeating the phone number.
    DuplicateCandidate candidate = report.candidates().get(0);
    assertThat(candidate.evidenceDescriptions()).containsExactlyInAnyOrder("same name", "same phone");

    // The branch record has more history, so it survives; the web id lives on as an alias.
    Customer one = CustomerMerger.using(normalizer)
        .merge(candidate, Map.of(web.id(), web, branch.id(), branch), ANNA, CLOCK);
    assertThat(one.id()).isEqualTo(CustomerId.of("c-200"));
    assertThat(one.isKnownAs(CustomerId.of("c-100"))).isTrue();
    assertThat(one.fact(FactKey.of("likes-new-fund-launches"))).isPresent();

    // Identified now: a verified phone and no open duplicate. Differentiate comes next.
    DuplicateReport after = DuplicateDetector.using(normalizer).detect(List.of(one));
    IdicProgressReport progress = IdicProgressReport.assess(one,
        List.of(IdentifyEvidence.from(after::hasOpenDuplicate)), CLOCK);
    assertThat(progress.stage(IdicStage.IDENTIFY).done()).isTrue();
    assertThat(progress.currentStage().orElseThrow().stage()).isEqualTo(IdicStage.DIFFERENTIATE);
  }
}
