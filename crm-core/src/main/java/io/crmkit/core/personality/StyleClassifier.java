package io.crmkit.core.personality;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Collection;
import java.util.List;
import org.immutables.value.Value;

/**
 * Reads a personality style from behaviour cues: sum the cues' weights on each axis; positive
 * assertiveness means a teller (dominant or expressive), negative an asker (analytical or amiable);
 * positive responsiveness shows emotion (expressive or amiable), negative controls it. With fewer
 * than {@link #minimumCues()} cues, or an axis summing to zero, the style stays unknown. Confidence =
 * min(|assertiveness|, |responsiveness|) / (2 x cues). Deterministic: the order of cues does not
 * matter; monotone: a cue toward an axis never moves the result away from it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class StyleClassifier {
  public static final StyleClassifier DEFAULT = ImmutableStyleClassifier.builder().build();

  @Value.Default
  public int minimumCues() {
    return 3;
  }

  @Value.Check
  protected void check() {
    Require.that(minimumCues() >= 1, "styleClassifier.minimumCues", "must be at least 1", minimumCues());
  }

  public StyleAssessment classify(Collection<BehaviourCue> cues) {
    Require.notNull(cues, "cues");
    int a = 0;
    int r = 0;
    for (BehaviourCue c : cues) {
      Require.notNull(c, "cues[]");
      a += c.assertiveness();
      r += c.responsiveness();
    }
    ImmutableStyleAssessment.Builder out = ImmutableStyleAssessment.builder().assertiveness(a).responsiveness(r)
        .cues(List.copyOf(cues));
    if (cues.size() < minimumCues()) {
      return out.confidence(0).reason(cues.size() + " cue(s), at least " + minimumCues() + " needed").build();
    }
    if (a == 0 || r == 0) {
      return out.confidence(0).reason("the cues balance out on the " + (a == 0 ? "assertiveness" : "responsiveness")
          + " axis").build();
    }
    double confidence = Math.min(1.0, Math.min(Math.abs(a), Math.abs(r)) / (2.0 * cues.size()));
    return out.style(PersonalityStyle.of(a > 0, r > 0)).confidence(confidence)
        .reason("assertiveness " + a + ", responsiveness " + r + " from " + cues.size() + " cues").build();
  }
}
