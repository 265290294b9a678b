package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many customers were in each lifecycle stage at the end of a day, and how many had no stage yet:
 * together always the number of customers counted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param on the day
 * @param byStage customers per stage; every stage is present, with 0 where empty
 * @param withoutStage customers with no stage recorded by that day
 */
public record StageCounts(LocalDate on, Map<LifecycleStage, Integer> byStage, int withoutStage) {
  public StageCounts {
    Require.notNull(on, "stageCounts.on");
    Require.notNull(byStage, "stageCounts.byStage");
    Require.that(withoutStage >= 0, "stageCounts.withoutStage", "must not be negative", withoutStage);
    Map<LifecycleStage, Integer> all = new EnumMap<>(LifecycleStage.class);
    for (LifecycleStage s : LifecycleStage.values()) {
      int n = byStage.getOrDefault(s, 0);
      Require.that(n >= 0, "stageCounts.byStage[" + s + "]", "must not be negative", n);
      all.put(s, n);
    }
    byStage = Collections.unmodifiableMap(all);
  }

  /** Customers in {@code stage}. */
  public int in(LifecycleStage stage) {
    return byStage.get(Require.notNull(stage, "stage"));
  }

  /** Every customer counted: those in a stage and those without one. */
  public int total() {
    return byStage.values().stream().mapToInt(Integer::intValue).sum() + withoutStage;
  }

  /** The counts as a line: {@code 1997-09-30: EXPLORATION 120, GROWTH 40, ... (no stage 3)}. */
  public String describe() {
    return on + ": " + byStage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ")) + " (no stage " + withoutStage + ")";
  }
}
