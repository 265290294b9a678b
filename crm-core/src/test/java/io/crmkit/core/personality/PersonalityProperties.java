package io.crmkit.core.personality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PersonalityProperties {
  private static Gen<List<BehaviourCue>> cueLists() {
    return lists().of(arbitrary().pick(BehaviourCue.STANDARD)).ofSizeBetween(0, 12);
  }

  @Test
  void theClassifierIsDeterministicWhateverTheOrderOfCues() {
    qt().forAll(cueLists()).checkAssert(cues -> {
      List<BehaviourCue> shuffled = new ArrayList<>(cues);
      Collections.shuffle(shuffled, new Random(cues.size()));
      StyleAssessment a = StyleClassifier.DEFAULT.classify(cues);
      StyleAssessment b = StyleClassifier.DEFAULT.classify(shuffled);
      assertThat(b.style()).isEqualTo(a.style());
      assertThat(b.confidence()).isEqualTo(a.confidence());
    });
  }

  @Test
  void aCueTowardAnAxisNeverMovesTheResultAwayFromIt() {
    qt().forAll(cueLists(), integers().between(1, 2), integers().between(1, 2)).checkAssert((cues, a, r) -> {
      StyleAssessment before = StyleClassifier.DEFAULT.classify(cues);
      List<BehaviourCue> more = new ArrayList<>(cues);
      more.add(BehaviourCue.of("toward telling", a, 0));
      StyleAssessment after = StyleClassifier.DEFAULT.classify(more);
      before.style().filter(PersonalityStyle::isAssertive).ifPresent(s ->
          assertThat(after.style()).hasValueSatisfying(t -> assertThat(t.isAssertive()).isTrue()));
      assertThat(after.assertiveness()).isGreaterThan(before.assertiveness());

      List<BehaviourCue> shows = new ArrayList<>(cues);
      shows.add(BehaviourCue.of("toward showing", 0, r));
      StyleAssessment showing = StyleClassifier.DEFAULT.classify(shows);
      before.style().filter(PersonalityStyle::isResponsive).ifPresent(s ->
          assertThat(showing.style()).hasValueSatisfying(t -> assertThat(t.isResponsive()).isTrue()));
    });
  }

  @Test
  void confidenceLiesInZeroToOneAndAnUnknownStyleHasNone() {
    qt().forAll(cueLists()).checkAssert(cues -> {
      StyleAssessment a = StyleClassifier.DEFAULT.classify(cues);
      assertThat(a.confidence()).isBetween(0.0, 1.0);
      if (a.style().isEmpty()) {
        assertThat(a.confidence()).isZero();
      }
    });
  }
}
