package io.crmkit.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.identify.DuplicateCandidate;
import io.crmkit.core.identify.DuplicateDetector;
import io.crmkit.core.identify.DuplicateReport;
import io.crmkit.core.identify.IdentityNormalizer;
import org.junit.jupiter.api.Test;

/** The benchmark's data is what it claims to be, so its figures mean what the README says. */
class SyntheticCustomersTest {

  @Test
  void theSameSeedGivesTheSameBase() {
    assertThat(SyntheticCustomers.generate(1_000, 0.05, 7).customers())
        .isEqualTo(SyntheticCustomers.generate(1_000, 0.05, 7).customers());
  }

  @Test
  void detectionFindsEveryPlantedDuplicateWithStrongEvidence() {
    SyntheticCustomers.Base base = SyntheticCustomers.generate(20_000, 0.05, 42);
    DuplicateReport report = DuplicateDetector.using(IdentityNormalizer.forCountryCode("86")).detect(base.customers());

    long strong = report.candidates().stream().filter(c -> c.score() >= 0.9).count();
    assertThat(base.plantedDuplicates()).isEqualTo(1_000);
    assertThat(strong).isEqualTo(base.plantedDuplicates());
    assertThat(report.candidates().stream().filter(c -> c.score() >= 0.9))
        .allSatisfy((DuplicateCandidate c) -> assertThat(c.evidence()).hasSize(3));
    assertThat(report.unusableContactPoints()).isEmpty();
  }
}
