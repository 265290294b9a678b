package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.Require;
import java.util.OptionalInt;

/**
 * The object of an interaction design (互动对象): one kind of customer the design addresses, the
 * relationship stage they are in, and what they expect. The expectations default to the stage's
 * (see {@link RelationshipStage}); a design may say them in the audience's own terms with
 * {@link #expecting}.
 *
 * <p>{@link #size()} is how many people of this kind the interaction can reach, when known; goals
 * that count people are judged achievable against it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the audience as staff call it, e.g. "potential members"
 * @param stage the relationship stage the audience is in
 * @param basicExpectation what this audience takes for granted
 * @param potentialExpectation what this audience hopes for without asking
 * @param size how many of them the interaction can reach, when known
 */
public record InteractionObject(String name, RelationshipStage stage, String basicExpectation,
    String potentialExpectation, OptionalInt size) {

  /** Validates every field; see {@link #of} and {@link #expecting}. */
  public InteractionObject {
    Require.text(name, "interactionObject.name");
    Require.notNull(stage, "interactionObject.stage");
    Require.text(basicExpectation, "interactionObject.basicExpectation");
    Require.text(potentialExpectation, "interactionObject.potentialExpectation");
    Require.notNull(size, "interactionObject.size");
    Require.that(size.isEmpty() || size.getAsInt() >= 1, "interactionObject.size", "must be at least 1",
        size);
  }

  /** An audience in {@code stage} with the stage's expectations and an unknown size. */
  public static InteractionObject of(String name, RelationshipStage stage) {
    Require.notNull(stage, "interactionObject.stage");
    return new InteractionObject(name, stage, stage.basicExpectation(), stage.potentialExpectation(),
        OptionalInt.empty());
  }

  /** This audience with its expectations said in its own terms. */
  public InteractionObject expecting(String basic, String potential) {
    return new InteractionObject(name, stage, basic, potential, size);
  }

  /** This audience with the number of people the interaction can reach. */
  public InteractionObject withSize(int people) {
    return new InteractionObject(name, stage, basicExpectation, potentialExpectation, OptionalInt.of(people));
  }
}
