package io.crmkit.core.loyalty;

import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Diagnoses loyalty from evidence with explicit thresholds. Behaviourally loyal: a repeat purchase
 * share of at least {@link #minRepeatShare()} (default 0.5, i.e. two purchases or more) and a tenure
 * of at least {@link #minTenureDays()} (default 365). Emotionally loyal: recommend at least
 * {@link #minRecommend()} (default 9, a promoter) and attachment at least {@link #minAttachment()}
 * (default 6 of 7). Satisfied: the satisfaction outcome is not DISSATISFIED.
 *
 * <p>The kinds of loyalty, each a rule, among behaviourally loyal customers: MONOPOLY without
 * alternatives; RELATIONSHIP with a personal tie; INERTIA with high switching cost and no emotional
 * loyalty; TRUST with emotional loyalty and satisfaction while alternatives exist.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class LoyaltyDiagnostics {
  /** The thresholds described above. */
  public static final LoyaltyDiagnostics DEFAULT = ImmutableLoyaltyDiagnostics.builder().build();

  @Value.Default
  public double minRepeatShare() {
    return 0.5;
  }

  @Value.Default
  public long minTenureDays() {
    return 365;
  }

  @Value.Default
  public int minRecommend() {
    return 9;
  }

  @Value.Default
  public int minAttachment() {
    return 6;
  }

  @Value.Check
  protected void check() {
    Require.that(minRepeatShare() >= 0 && minRepeatShare() < 1, "loyaltyDiagnostics.minRepeatShare",
        "must be within [0, 1)", minRepeatShare());
    Require.that(minTenureDays() >= 0, "loyaltyDiagnostics.minTenureDays", "must not be negative",
        minTenureDays());
    Require.that(minRecommend() >= 0 && minRecommend() <= 10, "loyaltyDiagnostics.minRecommend",
        "must be within 0..10", minRecommend());
    Require.that(minAttachment() >= 1 && minAttachment() <= 7, "loyaltyDiagnostics.minAttachment",
        "must be within 1..7", minAttachment());
  }

  /** Diagnoses one customer's loyalty. */
  public LoyaltyDiagnosis diagnose(LoyaltyEvidence evidence) {
    Require.notNull(evidence, "evidence");
    BehavioralLoyalty b = evidence.behavior();
    boolean behavioral = b.purchases() > 0 && b.repeatPurchaseShare() >= minRepeatShare()
        && b.tenureDays() >= minTenureDays();
    boolean emotional = evidence.emotion().likelihoodToRecommend() >= minRecommend()
        && evidence.emotion().attachment() >= minAttachment();
    boolean satisfied = evidence.satisfaction() != SatisfactionOutcome.DISSATISFIED;
    List<LoyaltyFinding> findings = new ArrayList<>();
    if (behavioral) {
      if (emotional && satisfied && evidence.alternativesAvailable()) {
        findings.add(ImmutableLoyaltyFinding.of(LoyaltyType.TRUST, "would recommend us ("
            + evidence.emotion().likelihoodToRecommend() + "/10), feels attached (" + evidence.emotion().attachment()
            + "/7), is " + evidence.satisfaction() + " and could buy elsewhere"));
      }
      if (!evidence.alternativesAvailable()) {
        findings.add(ImmutableLoyaltyFinding.of(LoyaltyType.MONOPOLY, "has no alternative supplier"));
      }
      if (evidence.switchingCost() == SwitchingCost.HIGH && !emotional) {
        findings.add(ImmutableLoyaltyFinding.of(LoyaltyType.INERTIA,
            "switching would cost a lot, and there is no emotional attachment"));
      }
      evidence.personalTie().ifPresent(tie -> findings.add(
          ImmutableLoyaltyFinding.of(LoyaltyType.RELATIONSHIP, "personal tie: " + tie)));
    }
    String open = null;
    if (behavioral && findings.isEmpty()) {
      open = "keeps buying for a reason the evidence does not show: ask at the next contact";
    } else if (!behavioral && emotional) {
      open = "attached but not buying regularly: find out what keeps them from buying";
    }
    return ImmutableLoyaltyDiagnosis.builder().behaviorallyLoyal(behavioral).emotionallyLoyal(emotional)
        .satisfied(satisfied).findings(findings)
        .quadrant(SatisfactionLoyaltyQuadrant.of(satisfied, behavioral)).openQuestion(java.util.Optional.ofNullable(open))
        .build();
  }
}
