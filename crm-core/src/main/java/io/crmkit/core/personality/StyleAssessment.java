package io.crmkit.core.personality;

import io.crmkit.core.validation.CrmStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A personality style read from behaviour cues, with the axis sums, a confidence and the cues behind
 * it. Too little or balanced evidence gives no style ("unknown") rather than a guess.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class StyleAssessment {
  /** Empty when the evidence does not decide. */
  public abstract Optional<PersonalityStyle> style();

  /** Sum of the cues' assertiveness weights. */
  public abstract int assertiveness();

  /** Sum of the cues' responsiveness weights. */
  public abstract int responsiveness();

  /** 0..1: the weaker axis' sum against the most it could be with these many cues. */
  public abstract double confidence();

  /** The cues the assessment rests on. */
  public abstract List<BehaviourCue> cues();

  /** Why: the axis sums, or what is missing. */
  public abstract String reason();

  /** "ANALYTICAL (confidence 0.50)" or "unknown: ...". */
  public String describe() {
    return style().map(s -> String.format(Locale.ROOT, "%s (confidence %.2f, %s)", s, confidence(), reason()))
        .orElse("unknown: " + reason());
  }
}
