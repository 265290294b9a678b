package io.crmkit.scoring.cooperation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 1-2-3-4 principle applied to a customer base: each customer classified by their own behaviour
 * ({@link CooperationPolicy}), then the observed mix reported against the principle's typical 30%
 * premium, 40% normal, 20% demanding and 10% difficult, as the 80/20 analysis reports the real
 * split. The shares are never imposed: if every customer cooperates, every customer is premium.
 *
 * <p>Immutable and thread-safe.
 */
public final class CooperationClassification {
  private final Map<CustomerId, CooperationAssessment> assessments;

  private CooperationClassification(Map<CustomerId, CooperationAssessment> assessments) {
    this.assessments = assessments;
  }

  /** Classifies each record with the default policy. */
  public static CooperationClassification of(List<CooperationRecord> records) {
    return of(records, CooperationPolicy.DEFAULT);
  }

  /** Classifies each record with {@code policy}; each customer once. */
  public static CooperationClassification of(List<CooperationRecord> records, CooperationPolicy policy) {
    Require.notNull(records, "records");
    Require.notNull(policy, "policy");
    Map<CustomerId, CooperationAssessment> assessments = new LinkedHashMap<>();
    for (CooperationRecord record : records) {
      Require.notNull(record, "records[]");
      Require.that(assessments.put(record.customer(), policy.assess(record)) == null, "records",
          "must hold each customer once", record.customer());
    }
    return new CooperationClassification(Collections.unmodifiableMap(assessments));
  }

  /** Every assessment, in the order of the records. */
  public List<CooperationAssessment> assessments() {
    return List.copyOf(assessments.values());
  }

  public CooperationAssessment assessment(CustomerId customer) {
    CooperationAssessment a = assessments.get(customer);
    Require.that(a != null, "customer", "must be one of the classified customers", customer);
    return a;
  }

  public CooperationClass classOf(CustomerId customer) {
    return assessment(customer).cooperationClass();
  }

  /** How many customers each class holds, every class a key (in PREMIUM..DIFFICULT order); unmodifiable. */
  public Map<CooperationClass, Integer> counts() {
    Map<CooperationClass, Integer> counts = new EnumMap<>(CooperationClass.class);
    for (CooperationClass c : CooperationClass.values()) {
      counts.put(c, 0);
    }
    assessments.values().forEach(a -> counts.merge(a.cooperationClass(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** The observed share of each class, to four decimals (half-up); all zero for no customers. */
  public Map<CooperationClass, BigDecimal> observedShares() {
    Map<CooperationClass, BigDecimal> shares = new EnumMap<>(CooperationClass.class);
    int n = assessments.size();
    counts().forEach((c, k) -> shares.put(c, n == 0 ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(k).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP)));
    return Collections.unmodifiableMap(shares);
  }

  /** The observed mix against the principle, one line per class: "PREMIUM 3 of 6 (50.0%; typical 30%)". */
  public String describe() {
    StringBuilder text = new StringBuilder();
    Map<CooperationClass, Integer> counts = counts();
    observedShares().forEach((c, share) -> text.append(String.format(Locale.ROOT, "%-9s %d of %d (%.1f%%; typical %d%%)%n",
        c, counts.get(c), assessments.size(), share.doubleValue() * 100, c.typicalShare().movePointRight(2).intValue())));
    return text.toString();
  }
}
