package io.crmkit.core.personality;

import static io.crmkit.core.personality.BehaviourCue.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.idic.DifferentiateEvidence;
import io.crmkit.core.idic.IdicProgressReport;
import io.crmkit.core.idic.IdicStage;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Four customers an account manager met this week, classified from what she saw. */
class PersonalityTest {
  private static final StyleClassifier CLASSIFIER = StyleClassifier.DEFAULT;

  private static StyleAssessment classify(String... cues) {
    return CLASSIFIER.classify(Arrays.stream(cues).map(BehaviourCue::standard).toList());
  }

  @Test
  void theFourSampleCustomersGetTheFourStyles() {
    assertThat(classify("interrupts to get to the point", "decides on the spot", "wants the bottom line").style())
        .contains(PersonalityStyle.DOMINANT);
    assertThat(classify("asks for data sheets", "checks the figures twice", "keeps a poker face").style())
        .contains(PersonalityStyle.ANALYTICAL);
    assertThat(classify("tells stories and jokes", "gestures a lot", "decides on the spot").style())
        .contains(PersonalityStyle.EXPRESSIVE);
    assertThat(classify("talks about family", "defers the decision to others", "avoids conflict").style())
        .contains(PersonalityStyle.AMIABLE);
  }

  @Test
  void tooLittleEvidenceIsUnknownNotAGuess() {
    StyleAssessment two = classify("asks for data sheets", "keeps a poker face");
    assertThat(two.style()).isEmpty();
    assertThat(two.describe()).isEqualTo("unknown: 2 cue(s), at least 3 needed");
    StyleAssessment balanced = classify("decides on the spot", "speaks slowly and softly", "defers the decision to others",
        "tells stories and jokes");
    assertThat(balanced.style()).isEmpty();
    assertThat(balanced.reason()).contains("balance out on the assertiveness axis");
  }

  @Test
  void theAssessmentShowsItsCuesAndConfidence() {
    StyleAssessment a = classify("asks for data sheets", "checks the figures twice", "keeps a poker face");
    assertThat(a.assertiveness()).isEqualTo(-2);
    assertThat(a.responsiveness()).isEqualTo(-5);
    assertThat(a.confidence()).isEqualTo(2 / 6.0);
    assertThat(a.cues()).extracting(BehaviourCue::description).contains("asks for data sheets");
  }

  @Test
  void eachStyleComesWithGuidance() {
    assertThat(PersonalityStyle.ANALYTICAL.present()).isEqualTo("data and proof, step by step; put it in writing");
    assertThat(PersonalityStyle.DOMINANT.present()).startsWith("results and options");
    assertThat(PersonalityStyle.EXPRESSIVE.present()).startsWith("stories and recognition");
    assertThat(PersonalityStyle.AMIABLE.present()).startsWith("reassurance and time");
    for (PersonalityStyle s : PersonalityStyle.values()) {
      assertThat(List.of(s.opening(), s.prepare(), s.pace(), s.avoid())).allSatisfy(t -> assertThat(t).isNotBlank());
      assertThat(s.channels()).isNotEmpty();
    }
  }

  @Test
  void reclassificationAsEvidenceGrowsKeepsTheHistory() {
    EmployeeId anna = EmployeeId.of("em-anna");
    Instant t = Instant.parse("2026-03-02T09:00:00Z");
    StyleProfile p = StyleProfile.of(CustomerId.of("c-1"));
    for (String cue : List.of("asks for data sheets", "checks the figures twice", "keeps a poker face")) {
      p = p.observe(standard(cue), anna, t, CLASSIFIER);
      t = t.plusSeconds(86_400);
    }
    assertThat(p.style()).contains(PersonalityStyle.ANALYTICAL);
    for (String cue : List.of("talks about family", "tells stories and jokes", "asks how others feel about it",
        "talks about family")) {
      p = p.observe(standard(cue), anna, t, CLASSIFIER);
      t = t.plusSeconds(86_400);
    }
    assertThat(p.style()).contains(PersonalityStyle.AMIABLE);
    assertThat(p.history()).extracting(d -> d.assessment().style().map(Enum::name).orElse("unknown"))
        .startsWith("unknown").contains("ANALYTICAL").endsWith("AMIABLE");
    assertThat(p.observations()).hasSize(7);
  }

  @Test
  void theStyleIsTheDifferentiateEvidenceForPersonality() {
    StyleProfile analytical = StyleProfile.of(CustomerId.of("c-1"));
    for (String cue : List.of("asks for data sheets", "checks the figures twice", "keeps a poker face")) {
      analytical = analytical.observe(standard(cue), EmployeeId.of("em-anna"), Instant.EPOCH, CLASSIFIER);
    }
    Map<CustomerId, StyleProfile> profiles = Map.of(analytical.customer(), analytical);
    DifferentiateEvidence evidence = DifferentiateEvidence.from(id -> Optional.of("key"),
        id -> Optional.ofNullable(profiles.get(id)).flatMap(StyleProfile::style).map(Enum::name));
    IdicProgressReport report = IdicProgressReport.assess(Customer.person(CustomerId.of("c-1"), "Ingrid"),
        List.of(evidence), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    assertThat(report.stage(IdicStage.DIFFERENTIATE).done()).isTrue();
  }

  @Test
  void cueWeightsLieWithinMinusTwoAndTwo() {
    assertThatThrownBy(() -> BehaviourCue.of("shouts", 3, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("behaviourCue.assertiveness must be within -2..2");
    assertThatThrownBy(() -> standard("dances")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be one of the standard cues");
  }
}
