package io.crmkit.core.personality;

import io.crmkit.core.PropertySize;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A stored style profile reads back equal, observations and every dated assessment included. */
class StyleProfileCodecProperties {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  /** Profiles grown by observing standard and custom cues, so the history holds several assessments. */
  static Gen<StyleProfile> profiles() {
    return lists().of(integers().between(0, BehaviourCue.STANDARD.size())).ofSizeBetween(0, 12)
        .zip(integers().between(0, 999), (picks, n) -> {
          StyleProfile p = StyleProfile.of(CustomerId.of("c-" + n));
          for (int i = 0; i < picks.size(); i++) {
            int k = picks.get(i);
            BehaviourCue cue = k == BehaviourCue.STANDARD.size() ? BehaviourCue.of("talks over the agent", 2, 1)
                : BehaviourCue.STANDARD.get(k);
            p = p.observe(cue, EmployeeId.of("em-" + (i % 3)), NOW.plusSeconds(3_600L * i), StyleClassifier.DEFAULT);
          }
          return p;
        });
  }

  @Test
  void everyProfileReadsBackEqualAfterEncoding() {
    qt().withExamples(PropertySize.examples(300)).forAll(profiles())
        .check(p -> StyleProfileCodec.decode(StyleProfileCodec.encode(p)).equals(p));
  }

  @Test
  void everyCutShortProfileIsRefusedAsAFormatError() {
    qt().withExamples(PropertySize.examples(100)).forAll(profiles(), integers().between(0, 10_000)).checkAssert((p, cut) -> {
      byte[] bytes = StyleProfileCodec.encode(p);
      byte[] prefix = Arrays.copyOf(bytes, cut % bytes.length);
      assertThatThrownBy(() -> StyleProfileCodec.decode(prefix)).isInstanceOf(RecordFormatException.class)
          .hasMessageStartingWith("styleProfile record: ");
    });
  }
}
