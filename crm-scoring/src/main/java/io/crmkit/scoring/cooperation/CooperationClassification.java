package io.crmkit.scoring.cooperation;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import io.crmkit.scoring.rank.Ranks;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the 1-2-3-4 principle: customers ranked by cooperation score (competition ranks, so equal
 * scores share a class); the top 30% premium, the next 40% normal, the next 20% demanding, the rest
 * difficult (a class ends at rank ceil(cumulative share x n)). The shares are "about" in practice
 * and configurable here.
 *
 * <p>Immutable and thread-safe.
 */
public final class CooperationClassification {
  private final Map<CustomerId, CooperationClass> classes;

  private CooperationClassification(Map<CustomerId, CooperationClass> classes) {
    this.classes = classes;
  }

  /** With the shares of the principle: 30%, 40%, 20%, 10%. */
  public static CooperationClassification of(List<CooperationRecord> records) {
    return of(records, 0.3, 0.4, 0.2);
  }

  public static CooperationClassification of(List<CooperationRecord> records, double premium, double normal,
      double demanding) {
    Require.notNull(records, "records");
    Require.that(premium > 0 && normal > 0 && demanding > 0 && premium + normal + demanding < 1, "shares",
        "must be positive and add up to less than 1", premium + "/" + normal + "/" + demanding);
    int n = records.size();
    double[] scores = records.stream().mapToDouble(CooperationRecord::score).toArray();
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    int[] lastRank = {Ranks.lastRankOf(premium, n), Ranks.lastRankOf(premium + normal, n),
        Ranks.lastRankOf(premium + normal + demanding, n)};
    Map<CustomerId, CooperationClass> classes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      double score = scores[i];
      int better = n - Ranks.prefixLength(n, k -> sorted[k] <= score);
      int rank = better + 1;
      CooperationClass c = rank <= lastRank[0] ? CooperationClass.PREMIUM : rank <= lastRank[1]
          ? CooperationClass.NORMAL : rank <= lastRank[2] ? CooperationClass.DEMANDING : CooperationClass.DIFFICULT;
      Require.that(classes.put(records.get(i).customer(), c) == null, "records",
          "must hold each customer once", records.get(i).customer());
    }
    return new CooperationClassification(Map.copyOf(classes));
  }

  public CooperationClass classOf(CustomerId customer) {
    CooperationClass c = classes.get(customer);
    Require.that(c != null, "customer", "must be one of the classified customers", customer);
    return c;
  }

  /** How many customers each class holds, every class a key (in PREMIUM..DIFFICULT order); unmodifiable. */
  public Map<CooperationClass, Integer> counts() {
    Map<CooperationClass, Integer> counts = new EnumMap<>(CooperationClass.class);
    for (CooperationClass c : CooperationClass.values()) {
      counts.put(c, 0);
    }
    classes.values().forEach(c -> counts.merge(c, 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }
}
