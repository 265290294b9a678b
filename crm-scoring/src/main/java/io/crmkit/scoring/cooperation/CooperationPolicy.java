package io.crmkit.scoring.cooperation;

import io.crmkit.core.text.Explanation;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The rules of the 1-2-3-4 principle, read from one customer's {@link CooperationRecord} alone, in
 * this order:
 *
 * <ol>
 *   <li>PREMIUM (优质客户): every standard term accepted, no objection, no condition of their own.
 *   <li>NORMAL (正常客户): at most one term negotiated, at most {@link #occasionalObjections()}
 *       objections and at most one condition of their own: by and large the standard contract.
 *   <li>DIFFICULT (难缠客户): demands on every front: three or more terms negotiated, or at least
 *       {@link #harshConditions()} conditions of their own, or many brands compared
 *       ({@link #manyBrands()}) together with two or more conditions.
 *   <li>DEMANDING (较难缠客户): everyone else, who objects or negotiates more than a normal customer.
 * </ol>
 *
 * The thresholds are the house's reading of "often" and "very"; the defaults suit a year of
 * business. Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CooperationPolicy {
  /** The policy with the default thresholds. */
  public static final CooperationPolicy DEFAULT = ImmutableCooperationPolicy.builder().build();

  /** Objections a normal customer may raise in a period. */
  @Value.Default
  public int occasionalObjections() {
    return 1;
  }

  /** Own conditions from which demands count as harsh. */
  @Value.Default
  public int harshConditions() {
    return 4;
  }

  /** Competing brands compared from which a customer "shops around many brands". */
  @Value.Default
  public int manyBrands() {
    return 4;
  }

  public static ImmutableCooperationPolicy.Builder builder() {
    return ImmutableCooperationPolicy.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(occasionalObjections() >= 0, "cooperationPolicy.occasionalObjections", "must not be negative",
        occasionalObjections());
    Require.that(harshConditions() >= 2, "cooperationPolicy.harshConditions", "must be at least 2",
        harshConditions());
    Require.that(manyBrands() >= 1, "cooperationPolicy.manyBrands", "must be at least 1", manyBrands());
  }

  /** The class of the customer whose behaviour {@code record} describes, with the evidence. */
  public CooperationAssessment assess(CooperationRecord record) {
    Require.notNull(record, "cooperationRecord");
    Set<StandardTerm> negotiated = record.negotiatedTerms();
    List<Explanation> evidence = new ArrayList<>();
    evidence.add(negotiated.isEmpty() ? Explanation.of(CooperationReason.ACCEPTS_ALL)
        : Explanation.of(CooperationReason.NEGOTIATES, negotiated.stream().map(Explanation::inWords).toList()));
    evidence.add(Explanation.of(CooperationReason.COUNTS, record.objections(), record.specialConditions(),
        record.brandsCompared()));
    return CooperationAssessment.explained(record.customer(), classOf(record, negotiated, evidence), evidence);
  }

  private CooperationClass classOf(CooperationRecord r, Set<StandardTerm> negotiated, List<Explanation> evidence) {
    if (negotiated.isEmpty() && r.objections() == 0 && r.specialConditions() == 0) {
      evidence.add(Explanation.of(CooperationReason.PREMIUM));
      return CooperationClass.PREMIUM;
    }
    if (negotiated.size() <= 1 && r.objections() <= occasionalObjections() && r.specialConditions() <= 1) {
      evidence.add(Explanation.of(CooperationReason.NORMAL, occasionalObjections()));
      return CooperationClass.NORMAL;
    }
    if (negotiated.size() >= 3) {
      evidence.add(Explanation.of(CooperationReason.DIFFICULT_TERMS, negotiated.size()));
      return CooperationClass.DIFFICULT;
    }
    if (r.specialConditions() >= harshConditions()) {
      evidence.add(Explanation.of(CooperationReason.DIFFICULT_CONDITIONS, r.specialConditions(), harshConditions()));
      return CooperationClass.DIFFICULT;
    }
    if (r.brandsCompared() >= manyBrands() && r.specialConditions() >= 2) {
      evidence.add(Explanation.of(CooperationReason.DIFFICULT_BRANDS, r.brandsCompared(), r.specialConditions()));
      return CooperationClass.DIFFICULT;
    }
    evidence.add(Explanation.of(CooperationReason.DEMANDING));
    return CooperationClass.DEMANDING;
  }

}
