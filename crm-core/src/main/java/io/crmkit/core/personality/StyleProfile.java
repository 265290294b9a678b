package io.crmkit.core.personality;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What account managers observed of one customer's behaviour, and every style assessment made as
 * the evidence grew: reclassification adds to the history, it never rewrites it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class StyleProfile {

  /** One observation: a cue, who saw it, when. */
  @Value.Immutable
  @CrmStyle
  public abstract static class Observation {
    @Value.Parameter
    public abstract BehaviourCue cue();

    @Value.Parameter
    public abstract EmployeeId observedBy();

    @Value.Parameter
    public abstract Instant observedAt();
  }

  /** A dated assessment. */
  @Value.Immutable
  @CrmStyle
  public abstract static class Dated {
    @Value.Parameter
    public abstract Instant at();

    @Value.Parameter
    public abstract StyleAssessment assessment();
  }

  public abstract CustomerId customer();

  public abstract List<Observation> observations();

  /** Every assessment, oldest first; a new one is added whenever the style or its confidence changes. */
  public abstract List<Dated> history();

  public static StyleProfile of(CustomerId customer) {
    return ImmutableStyleProfile.builder().customer(customer).build();
  }

  /** This profile with one more observation, reassessed by {@code classifier}. */
  public StyleProfile observe(BehaviourCue cue, EmployeeId by, Instant at, StyleClassifier classifier) {
    Require.notNull(cue, "cue");
    Require.notNull(by, "observedBy");
    Require.notNull(at, "observedAt");
    Require.notNull(classifier, "classifier");
    StyleProfile next = ImmutableStyleProfile.builder().from(this)
        .addObservations(ImmutableObservation.of(cue, by, at)).build();
    StyleAssessment assessment = classifier.classify(next.observations().stream().map(Observation::cue)
        .collect(Collectors.toList()));
    Optional<StyleAssessment> last = current();
    if (last.isPresent() && last.get().style().equals(assessment.style())
        && last.get().confidence() == assessment.confidence()) {
      return next;
    }
    return ImmutableStyleProfile.builder().from(next).addHistory(ImmutableDated.of(at, assessment)).build();
  }
  /** The latest assessment, if any was made. */
  public Optional<StyleAssessment> current() {
    return history().isEmpty() ? Optional.empty() : Optional.of(history().get(history().size() - 1).assessment());
  }

  /** The current style, if the evidence decides one. */
  public Optional<PersonalityStyle> style() {
    return current().flatMap(StyleAssessment::style);
  }
}
