package io.crmkit.persistence.contract;

import static io.crmkit.persistence.contract.ContractFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.personality.BehaviourCue;
import io.crmkit.core.personality.StyleClassifier;
import io.crmkit.core.personality.StyleProfile;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.persistence.HistoryConflictException;
import io.crmkit.persistence.PageRequest;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.VersionConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StyleProfiles} adapter must do: observations only grow, and erasure removes the profile. */
public abstract class StyleProfilesContract {
  protected StyleProfiles profiles;

  protected abstract StyleProfiles newStore();

  @BeforeEach
  void createStore() {
    profiles = newStore();
  }

  /** An analytical customer: data sheets, figures checked twice, a poker face, then one more cue. */
  public static StyleProfile analytical(String customer, int cues) {
    String[] seen = {"asks for data sheets", "checks the figures twice", "keeps a poker face", "asks for data sheets"};
    StyleProfile p = StyleProfile.of(CustomerId.of(customer));
    for (int i = 0; i < cues; i++) {
      p = p.observe(BehaviourCue.standard(seen[i % seen.length]), EmployeeId.of("em-anna"), NOW.plusSeconds(60L * i),
          StyleClassifier.DEFAULT);
    }
    return p;
  }

  @Test
  void requirement_aProfileRoundTripsWithItsWholeAssessmentHistory() {
    StyleProfile p = analytical("c-1", 4);
    profiles.save(p, 0);
    StyleProfile found = profiles.find(p.customer()).orElseThrow();
    assertThat(found).isEqualTo(p);
    assertThat(found.history()).isNotEmpty().isEqualTo(p.history());
    assertThat(found.style()).isEqualTo(p.style());
  }

  @Test
  void requirement_anObservationDatedAfterNowIsRefusedAndNothingIsWritten() {
    profiles.save(analytical("c-1", 2), 0);
    StyleProfile forged = analytical("c-1", 2).observe(BehaviourCue.standard("keeps a poker face"),
        EmployeeId.of("em-anna"), java.time.Instant.parse("2099-01-01T00:00:00Z"), StyleClassifier.DEFAULT);
    assertThatThrownBy(() -> profiles.save(forged, 2)).isInstanceOf(HistoryConflictException.class)
        .hasMessageContaining("observation 3 is dated after the store's clock");
    assertThat(profiles.find(CustomerId.of("c-1")).orElseThrow().observations()).hasSize(2);
  }

  @Test
  void requirement_aStaleObservationCountIsAConflictAndNothingIsWritten() {
    profiles.save(analytical("c-1", 2), 0);
    profiles.save(analytical("c-1", 3), 2);
    assertThatThrownBy(() -> profiles.save(analytical("c-1", 4), 2)).isInstanceOf(VersionConflictException.class)
        .hasMessage("StyleProfile c-1: expected version 2 but the stored version is 3; reload and retry");
    assertThat(profiles.find(CustomerId.of("c-1")).orElseThrow().observations()).hasSize(3);
  }

  @Test
  void requirement_aProfileThatRewritesOrDropsObservationsIsRejected() {
    profiles.save(analytical("c-1", 3), 0);
    StyleProfile rewritten = StyleProfile.of(CustomerId.of("c-1"));
    for (int i = 0; i < 4; i++) {
      rewritten = rewritten.observe(BehaviourCue.of("talks fast", 2, 1), EmployeeId.of("em-ben"), NOW,
          StyleClassifier.DEFAULT);
    }
    StyleProfile forged = rewritten;
    assertThatThrownBy(() -> profiles.save(forged, 3)).isInstanceOf(HistoryConflictException.class)
        .hasMessageStartingWith("StyleProfile c-1: the profile must keep the 3 stored observations");
    assertThatThrownBy(() -> profiles.save(analytical("c-1", 3), 3)).isInstanceOf(HistoryConflictException.class);
    assertThat(profiles.find(CustomerId.of("c-1"))).contains(analytical("c-1", 3));
  }

  @Test
  void requirement_listingPagesThroughEveryProfileAndErasureRemovesOne() {
    for (int i = 0; i < 12; i++) {
      profiles.save(analytical(String.format("c-%03d", i), 1 + i % 4), 0);
    }
    assertThat(profiles.list(PageRequest.first(5)).items()).hasSize(5);
    assertThat(profiles.stream().map(p -> p.customer().value())).hasSize(12).isSorted();

    assertThat(profiles.erase(CustomerId.of("c-003"))).isTrue();
    assertThat(profiles.erase(CustomerId.of("c-003"))).isFalse();
    assertThat(profiles.find(CustomerId.of("c-003"))).isEmpty();
    assertThat(profiles.stream()).hasSize(11);
  }

  @Test
  void requirement_badInputGetsAClearError() {
    assertThatThrownBy(() -> profiles.find(null)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customerId must not be null");
    assertThatThrownBy(() -> profiles.save(null, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("styleProfile must not be null");
    assertThatThrownBy(() -> profiles.save(StyleProfile.of(CustomerId.of("c-9")), 0))
        .isInstanceOf(HistoryConflictException.class);
    assertThat(profiles.find(CustomerId.of("c-9"))).isEmpty();
  }
}
