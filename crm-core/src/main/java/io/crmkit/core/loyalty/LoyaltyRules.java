package io.crmkit.core.loyalty;

import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules that diagnose loyalty from evidence, with explicit thresholds. Behaviourally loyal: a
 * repeat purchase share of at least {@link #minRepeatShare()} (default 0.5, i.e. two purchases or
 * more) and a tenure of at least {@link #minTenureDays()} (default 365). Emotionally loyal: recommend
 * at least {@link #minRecommend()} (default 9, a promoter) and attachment at least
 * {@link #minAttachment()} (default 6 of 7). Satisfied: the satisfaction outcome is not DISSATISFIED.
 *
 * <p>The kinds of loyalty among behaviourally loyal customers, each a named {@link LoyaltyRule}
 * listed by {@link #allCurrentRules()}, strongest claim first: {@code trust} with emotional loyalty
 * and satisfaction while alternatives exist; {@code monopoly} without alternatives; {@code inertia}
 * with high switching cost and no emotional loyalty; {@code relationship} with a personal tie.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class LoyaltyRules {
  /** The thresholds described above. */
  public static final LoyaltyRules DEFAULT = ImmutableLoyaltyRules.builder().build();

  /** Emotionally loyal, satisfied, and staying although they could buy elsewhere. */
  public static final LoyaltyRule TRUST = new Trust();
  /** No alternative supplier. */
  public static final LoyaltyRule MONOPOLY = new Monopoly();
  /** Switching would cost a lot, and nothing else holds them. */
  public static final LoyaltyRule INERTIA = new Inertia();
  /** A personal tie keeps them. */
  public static final LoyaltyRule RELATIONSHIP = new Relationship();

  /** The kinds of loyalty crmkit recognises, in the order findings are reported. */
  public static List<LoyaltyRule> allCurrentRules() {
    return List.of(TRUST, MONOPOLY, INERTIA, RELATIONSHIP);
  }

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
    Require.that(minRepeatShare() >= 0 && minRepeatShare() < 1, "loyaltyRules.minRepeatShare",
        "must be within [0, 1)", minRepeatShare());
    Require.that(minTenureDays() >= 0, "loyaltyRules.minTenureDays", "must not be negative", minTenureDays());
    Require.that(minRecommend() >= 0 && minRecommend() <= 10, "loyaltyRules.minRecommend",
        "must be within 0..10", minRecommend());
    Require.that(minAttachment() >= 1 && minAttachment() <= 7, "loyaltyRules.minAttachment",
        "must be within 1..7", minAttachment());
  }

  /** Whether the customer buys again and again, and has for long enough. */
  public boolean isBehaviorallyLoyal(LoyaltyEvidence evidence) {
    BehavioralLoyalty b = evidence.behavior();
    return b.purchases() > 0 && b.repeatPurchaseShare() >= minRepeatShare() && b.tenureDays() >= minTenureDays();
  }

  /** Whether the customer would recommend us and feels attached. */
  public boolean isEmotionallyLoyal(LoyaltyEvidence evidence) {
    return evidence.emotion().likelihoodToRecommend() >= minRecommend()
        && evidence.emotion().attachment() >= minAttachment();
  }

  /** Whether the customer is not dissatisfied. */
  public boolean isSatisfied(LoyaltyEvidence evidence) {
    return evidence.satisfaction() != SatisfactionOutcome.DISSATISFIED;
  }

  /** Diagnoses one customer's loyalty. */
  public LoyaltyDiagnosis diagnose(LoyaltyEvidence evidence) {
    Require.notNull(evidence, "evidence");
    boolean behavioral = isBehaviorallyLoyal(evidence);
    boolean emotional = isEmotionallyLoyal(evidence);
    boolean satisfied = isSatisfied(evidence);
    List<LoyaltyFinding> findings = new ArrayList<>();
    if (behavioral) {
      for (LoyaltyRule rule : allCurrentRules()) {
        rule.finding(evidence, this).ifPresent(findings::add);
      }
    }
    Optional<String> open = Optional.empty();
    if (behavioral && findings.isEmpty()) {
      open = Optional.of("keeps buying for a reason the evidence does not show: ask at the next contact");
    } else if (!behavioral && emotional) {
      open = Optional.of("attached but not buying regularly: find out what keeps them from buying");
    }
    return ImmutableLoyaltyDiagnosis.builder().behaviorallyLoyal(behavioral).emotionallyLoyal(emotional)
        .satisfied(satisfied).findings(findings).quadrant(SatisfactionLoyaltyQuadrant.of(satisfied, behavioral))
        .openQuestion(open).build();
  }

  private static final class Trust extends NamedRule implements LoyaltyRule {
    Trust() {
      super("trust");
    }

    @Override
    public Optional<LoyaltyFinding> finding(LoyaltyEvidence e, LoyaltyRules rules) {
      if (rules.isEmotionallyLoyal(e) && rules.isSatisfied(e) && e.alternativesAvailable()) {
        return Optional.of(ImmutableLoyaltyFinding.of(LoyaltyType.TRUST, "would recommend us ("
            + e.emotion().likelihoodToRecommend() + "/10), feels attached (" + e.emotion().attachment()
            + "/7), is " + e.satisfaction() + " and could buy elsewhere"));
      }
      return Optional.empty();
    }
  }

  private static final class Monopoly extends NamedRule implements LoyaltyRule {
    Monopoly() {
      super("monopoly");
    }

    @Override
    public Optional<LoyaltyFinding> finding(LoyaltyEvidence e, LoyaltyRules rules) {
      if (!e.alternativesAvailable()) {
        return Optional.of(ImmutableLoyaltyFinding.of(LoyaltyType.MONOPOLY, "has no alternative supplier"));
      }
      return Optional.empty();
    }
  }

  private static final class Inertia extends NamedRule implements LoyaltyRule {
    Inertia() {
      super("inertia");
    }

    @Override
    public Optional<LoyaltyFinding> finding(LoyaltyEvidence e, LoyaltyRules rules) {
      if (e.switchingCost() == SwitchingCost.HIGH && !rules.isEmotionallyLoyal(e)) {
        return Optional.of(ImmutableLoyaltyFinding.of(LoyaltyType.INERTIA,
            "switching would cost a lot, and there is no emotional attachment"));
      }
      return Optional.empty();
    }
  }

  private static final class Relationship extends NamedRule implements LoyaltyRule {
    Relationship() {
      super("relationship");
    }

    @Override
    public Optional<LoyaltyFinding> finding(LoyaltyEvidence e, LoyaltyRules rules) {
      if (e.personalTie().isPresent()) {
        return Optional.of(ImmutableLoyaltyFinding.of(LoyaltyType.RELATIONSHIP, "personal tie: " + e.personalTie().get()));
      }
      return Optional.empty();
    }
  }
}
