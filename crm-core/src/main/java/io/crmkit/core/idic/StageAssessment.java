package io.crmkit.core.idic;

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

  /** A stage that is done; {@code nextStep} says how to keep it so. */
  public static StageAssessment done(IdicStage stage, String nextStep) {
    return ImmutableStageAssessment.builder().stage(stage).done(true).nextStep(nextStep).build();
  }

  /** A stage with what is missing and the next step. */
  public static StageAssessment missing(IdicStage stage, List<String> missing, String nextStep) {
    return ImmutableStageAssessment.builder().stage(stage).done(false).missing(missing)
        .nextStep(nextStep).build();
  }

  @Value.Check
  protected void check() {
    Require.that(done() == missing().isEmpty(), "stageAssessment.missing",
        "must be empty exactly when the stage is done", missing());
    Require.text(nextStep(), "stageAssessment.nextStep");
  }
}
