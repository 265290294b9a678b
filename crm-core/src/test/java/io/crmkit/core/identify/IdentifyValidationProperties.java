package io.crmkit.core.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.crmkit.core.validation.Rejections.rejects;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.MergeRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The configuration and result types of Identify reject invalid values naming the field. */
class IdentifyValidationProperties {


  @Test
  void aDefaultCountryCodeIsOneToThreeDigitsWithoutLeadingZero() {
    qt().forAll(strings().ascii().ofLengthBetween(0, 6).assuming(s -> !s.matches("[1-9][0-9]{0,2}")))
        .checkAssert(code -> rejects(() -> IdentityNormalizer.forCountryCode(code), "defaultCountryCode"));
  }

  @Test
  void theMinimumScoreLiesInZeroToOne() {
    qt().forAll(doubles().any().assuming(d -> !(d > 0 && d <= 1))).checkAssert(d -> rejects(() ->
        DuplicateDetector.builder().normalizer(IdentityNormalizer.forCountryCode("86")).minScore(d).build(),
        "duplicateDetector.minScore"));
  }

  @Test
  void aBlockMustHoldAtLeastAPair() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 1)).checkAssert(n -> rejects(() ->
        DuplicateDetector.builder().normalizer(IdentityNormalizer.forCountryCode("86")).maxBlockSize(n).build(),
        "duplicateDetector.maxBlockSize"));
  }

  @Test
  void aCandidateNamesItsPairInOrderWithEvidenceAndAScoreInRange() {
    MatchEvidence name = MatchEvidence.of(MatchKind.SAME_NAME, "li wei");
    rejects(() -> ImmutableDuplicateCandidate.builder().first(CustomerId.of("c-2")).second(CustomerId.of("c-1"))
        .addEvidence(name).score(0.5).build(), "duplicateCandidate.second");
    rejects(() -> ImmutableDuplicateCandidate.builder().first(CustomerId.of("c-1")).second(CustomerId.of("c-2"))
        .score(0.5).build(), "duplicateCandidate.evidence");
    qt().forAll(doubles().any().assuming(d -> !(d >= 0 && d <= 1))).checkAssert(d -> rejects(() ->
        ImmutableDuplicateCandidate.builder().first(CustomerId.of("c-1")).second(CustomerId.of("c-2"))
            .addEvidence(name).score(d).build(), "duplicateCandidate.score"));
  }

  @Test
  void aMergeRecordNamesTwoCustomersAndItsEvidence() {
    rejects(() -> MergeRecord.builder().survivor(CustomerId.of("c-1")).absorbed(CustomerId.of("c-1"))
        .mergedAt(Instant.EPOCH).mergedBy(EmployeeId.of("em-1")).addEvidence("same email")
        .factsMoved(0).contactPointsMoved(0).ordersMoved(0).build(), "mergeRecord.absorbed");
    rejects(() -> MergeRecord.builder().survivor(CustomerId.of("c-1")).absorbed(CustomerId.of("c-2"))
        .mergedAt(Instant.EPOCH).mergedBy(EmployeeId.of("em-1"))
        .factsMoved(0).contactPointsMoved(0).ordersMoved(0).build(), "mergeRecord.evidence");
    qt().forAll(integers().between(Integer.MIN_VALUE, -1)).checkAssert(n -> rejects(() -> MergeRecord.builder()
        .survivor(CustomerId.of("c-1")).absorbed(CustomerId.of("c-2")).mergedAt(Instant.EPOCH)
        .mergedBy(EmployeeId.of("em-1")).addEvidence("same email").factsMoved(n).contactPointsMoved(0)
        .ordersMoved(0).build(), "mergeRecord.moved"));
  }
}
