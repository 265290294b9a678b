package io.crmkit.core.idic;

import io.crmkit.core.text.Explanation;
import java.util.Locale;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * How far one customer has come in one IDIC stage: done or not, what is missing, and the next step.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class StageAssessment {
  public abstract IdicStage stage();

  public abstract boolean done();

  /** What keeps the stage from being done; empty exactly when it is done. */
  public abstract List<String> missing();

  /** What to do next for this stage. */
  public abstract String nextStep();

  /** What is missing as messages and their arguments, for {@link #missing(Locale)}; one per {@link #missing()}. */
  public abstract List<Explanation> missingReasons();

  /** The next step as a message and its arguments, for {@link #nextStep(Locale)}. */
  @Value.Default
  public Explanation nextStepReason() {
    return Explanation.of(IdicReason.AS_WRITTEN, nextStep());
  }

  /** What keeps the stage from being done, in {@code locale}. */
  public List<String> missing(Locale locale) {
    Require.notNull(locale, "stageAssessment.locale");
    return missingReasons().stream().map(r -> r.render(locale)).toList();
  }

  /** What to do next for this stage, in {@code locale}. */
  public String nextStep(Locale locale) {
    return nextStepReason().render(Require.notNull(locale, "stageAssessment.locale"));
  }

  /** A stage that is done; {@code nextStep} says how to keep it so (explained: its English rendering). */
  public static StageAssessment done(IdicStage stage, Explanation nextStep) {
    Require.notNull(nextStep, "stageAssessment.nextStep");
    return ImmutableStageAssessment.builder().stage(stage).done(true).nextStep(nextStep.render(Locale.ENGLISH))
        .nextStepReason(nextStep).build();
  }

  /** A stage with what is missing and the next step, explained (their English renderings are the texts). */
  public static StageAssessment explainedMissing(IdicStage stage, List<Explanation> missing, Explanation nextStep) {
    Require.notNull(missing, "stageAssessment.missing");
    Require.notNull(nextStep, "stageAssessment.nextStep");
    return ImmutableStageAssessment.builder().stage(stage).done(false)
        .missing(missing.stream().map(m -> m.render(Locale.ENGLISH)).toList()).missingReasons(missing)
        .nextStep(nextStep.render(Locale.ENGLISH)).nextStepReason(nextStep).build();
  }

  /** A stage that is done; {@code nextStep} says how to keep it so. */
  public static StageAssessment done(IdicStage stage, String nextStep) {
    return ImmutableStageAssessment.builder().stage(stage).done(true).nextStep(nextStep).build();
  }

  /** A stage with what is missing and the next step. */
  public static StageAssessment missing(IdicStage stage, List<String> missing, String nextStep) {
    Require.notNull(missing, "stageAssessment.missing");
    return ImmutableStageAssessment.builder().stage(stage).done(false).missing(missing)
        .missingReasons(missing.stream().map(m -> Explanation.of(IdicReason.AS_WRITTEN,
            Require.notNull(m, "stageAssessment.missing[]"))).toList())
        .nextStep(nextStep).build();
  }

  @Value.Check
  protected void check() {
    Require.that(done() == missing().isEmpty(), "stageAssessment.missing",
        "must be empty exactly when the stage is done", missing());
    Require.text(nextStep(), "stageAssessment.nextStep");
    Require.that(missingReasons().size() == missing().size(), "stageAssessment.missingReasons",
        "must hold one reason per missing item", missingReasons().size());
  }
}
