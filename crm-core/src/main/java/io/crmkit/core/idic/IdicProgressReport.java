package io.crmkit.core.idic;

import io.crmkit.core.text.Explanation;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one customer stands in IDIC: one {@link StageAssessment} per stage, in stage order. A stage
 * with no evidence source connected is reported as not done, with "no evidence source" as what is
 * missing, so the report is honest about what the host has not measured.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class IdicProgressReport {
  public abstract CustomerId customer();

  public abstract Instant assessedAt();

  /** One assessment per stage, in IDIC order. */
  public abstract List<StageAssessment> stages();

  /**
   * Assesses {@code customer} with the given evidence, at most one per stage.
   *
   * @throws InvalidValueException if two evidence sources speak for one stage
   */
  public static IdicProgressReport assess(Customer customer, Collection<? extends StageEvidence> evidence,
      Clock clock) {
    Require.notNull(customer, "customer");
    Require.notNull(evidence, "evidence");
    Require.notNull(clock, "clock");
    Map<IdicStage, StageEvidence> byStage = new EnumMap<>(IdicStage.class);
    for (StageEvidence e : evidence) {
      Require.notNull(e, "evidence[]");
      Require.that(byStage.put(e.stage(), e) == null, "evidence",
          "must hold at most one source per stage", e.stage());
    }
    Instant now = clock.instant();
    List<StageAssessment> stages = new ArrayList<>();
    for (IdicStage stage : IdicStage.values()) {
      StageEvidence source = byStage.get(stage);
      stages.add(source != null ? source.assess(customer, now)
          : StageAssessment.explainedMissing(stage, List.of(Explanation.of(IdicReason.NO_SOURCE, stage)),
              Explanation.of(IdicReason.CONNECT_SOURCE, stage, aim(stage))));
    }
    return ImmutableIdicProgressReport.builder().customer(customer.id()).assessedAt(now).stages(stages)
        .build();
  }

  @Value.Check
  protected void check() {
    Require.that(stages().size() == IdicStage.values().length, "idicProgressReport.stages",
        "must hold one assessment per stage", stages().size());
    for (int i = 0; i < stages().size(); i++) {
      Require.that(stages().get(i).stage() == IdicStage.values()[i], "idicProgressReport.stages",
          "must be in IDIC order", stages().get(i).stage());
    }
  }

  /** The assessment of one stage. */
  public StageAssessment stage(IdicStage stage) {
    return stages().get(stage.ordinal());
  }

  /** The first stage not yet done: where the work with this customer stands. Empty when all are done. */
  public Optional<StageAssessment> currentStage() {
    return stages().stream().filter(s -> !s.done()).findFirst();
  }

  /** The report as a few lines for a screen or a slide. */
  public String describe() {
    StringBuilder text = new StringBuilder("IDIC progress of ").append(customer()).append('\n');
    for (StageAssessment s : stages()) {
      text.append(String.format("  %-13s %s", s.stage().title(), s.done() ? "done" : "open"));
      if (!s.done()) {
        text.append(" (missing: ").append(String.join("; ", s.missing())).append(')');
      }
      text.append(" -> ").append(s.nextStep()).append('\n');
    }
    return text.toString();
  }

  /** The stage's aim as a message ({@link IdicStage#aim()} in English). */
  private static Explanation aim(IdicStage stage) {
    return Explanation.of(switch (stage) {
      case IDENTIFY -> IdicReason.AIM_IDENTIFY;
      case DIFFERENTIATE -> IdicReason.AIM_DIFFERENTIATE;
      case INTERACT -> IdicReason.AIM_INTERACT;
      case CUSTOMIZE -> IdicReason.AIM_CUSTOMIZE;
    });
  }
}
