package io.crmkit.core.idic;

import io.crmkit.core.text.Explanation;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Differentiate is done when both the customer's value tier (from value scoring) and their
 * personality style (from account-manager observations) are known.
 */
public final class DifferentiateEvidence implements StageEvidence {

  /** The value tier a scoring capability assigned, e.g. "key" or "A". */
  @FunctionalInterface
  public interface ValueTiers {
    Optional<String> valueTier(CustomerId customer);
  }

  /** The personality style recorded for the customer, e.g. "analytical". */
  @FunctionalInterface
  public interface PersonalityStyles {
    Optional<String> personalityStyle(CustomerId customer);
  }

  private final ValueTiers tiers;
  private final PersonalityStyles styles;

  private DifferentiateEvidence(ValueTiers tiers, PersonalityStyles styles) {
    this.tiers = tiers;
    this.styles = styles;
  }

  public static DifferentiateEvidence from(ValueTiers tiers, PersonalityStyles styles) {
    return new DifferentiateEvidence(Require.notNull(tiers, "valueTiers"),
        Require.notNull(styles, "personalityStyles"));
  }

  @Override
  public IdicStage stage() {
    return IdicStage.DIFFERENTIATE;
  }

  @Override
  public StageAssessment assess(Customer customer, Instant now) {
    Optional<String> tier = tiers.valueTier(customer.id());
    Optional<String> style = styles.personalityStyle(customer.id());
    List<Explanation> missing = new ArrayList<>();
    tier.ifPresentOrElse(t -> { }, () -> missing.add(Explanation.of(IdicReason.NO_VALUE_TIER)));
    style.ifPresentOrElse(s -> { }, () -> missing.add(Explanation.of(IdicReason.NO_STYLE)));
    if (missing.isEmpty()) {
      return StageAssessment.done(stage(), Explanation.of(IdicReason.SERVE_AS, tier.get(), style.get()));
    }
    Explanation next = Explanation.of(tier.isEmpty() ? IdicReason.SCORE_VALUE : IdicReason.RECORD_CUES);
    return StageAssessment.explainedMissing(stage(), missing, next);
  }
}
