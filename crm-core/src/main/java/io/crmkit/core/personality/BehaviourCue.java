package io.crmkit.core.personality;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something an account manager saw the customer do, and how it weighs on the two axes, each from
 * -2 to +2: assertiveness (+ tells, - asks) and responsiveness (+ shows emotion, - controls it).
 * {@link #STANDARD} holds the cues of practice; hosts define their own.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class BehaviourCue {
  public static final List<BehaviourCue> STANDARD = List.of(
      of("interrupts to get to the point", 2, -1),
      of("decides on the spot", 2, 0),
      of("challenges our proposal", 2, -1),
      of("wants the bottom line", 1, -1),
      of("keeps meetings short and on time", 1, -1),
      of("asks for data sheets", -1, -2),
      of("asks many detailed questions", -1, -1),
      of("checks the figures twice", -1, -1),
      of("keeps a poker face", 0, -2),
      of("talks about family", 0, 2),
      of("tells stories and jokes", 1, 2),
      of("gestures a lot", 0, 1),
      of("asks how others feel about it", -1, 2),
      of("defers the decision to others", -2, 1),
      of("speaks slowly and softly", -1, 0),
      of("avoids conflict", -1, 1));

  /**
   * What was seen. Redacted from {@code toString}: a host's own cue can be a note about the person
   * ("mentions his divorce").
   */
  @Value.Parameter
  @Value.Redacted
  public abstract String description();

  @Value.Parameter
  public abstract int assertiveness();

  @Value.Parameter
  public abstract int responsiveness();

  public static BehaviourCue of(String description, int assertiveness, int responsiveness) {
    return ImmutableBehaviourCue.of(description, assertiveness, responsiveness);
  }

  /** The standard cue with this description. */
  public static BehaviourCue standard(String description) {
    return STANDARD.stream().filter(c -> c.description().equals(description)).findFirst().orElseThrow(() ->
        new InvalidValueException("behaviourCue", "must be one of the standard cues",
            "'" + description + "'"));
  }

  @Value.Check
  protected void check() {
    Require.text(description(), "behaviourCue.description");
    Require.that(assertiveness() >= -2 && assertiveness() <= 2, "behaviourCue.assertiveness",
        "must be within -2..2", assertiveness());
    Require.that(responsiveness() >= -2 && responsiveness() <= 2, "behaviourCue.responsiveness",
        "must be within -2..2", responsiveness());
  }
}
