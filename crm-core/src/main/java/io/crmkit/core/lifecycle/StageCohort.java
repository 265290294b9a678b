package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cohort view of many customers' lifecycles: how many are in each stage on a day, and the flows
 * between stages over a period (the stage each customer was in at its start against the one at its
 * end). Read from the histories alone, so a past report can always be produced again.
 */
public final class StageCohort {
  private StageCohort() {}

  /** How many of {@code histories} were in each stage at the end of {@code on}. */
  public static StageCounts countsOn(Iterable<StageHistory> histories, LocalDate on) {
    Require.notNull(histories, "histories");
    Require.notNull(on, "on");
    Map<LifecycleStage, Integer> counts = new EnumMap<>(LifecycleStage.class);
    int without = 0;
    for (StageHistory h : histories) {
      Optional<LifecycleStage> s = h.stageOn(on);
      if (s.isPresent()) {
        counts.merge(s.get(), 1, Integer::sum);
      } else {
        without++;
      }
    }
    return new StageCounts(on, counts, without);
  }

  /**
   * The flows between stages from the end of {@code from} to the end of {@code to}: one per pair of
   * start and end stage that at least one customer took, largest first. Customers whose stage did
   * not change are not in any flow.
   *
   * @throws io.crmkit.core.validation.InvalidValueException naming {@code to} if it does not come
   *     after {@code from}
   */
  public static List<StageFlow> flows(Iterable<StageHistory> histories, LocalDate from, LocalDate to) {
    Require.notNull(histories, "histories");
    Require.notNull(from, "from");
    Require.notNull(to, "to");
    Require.that(to.isAfter(from), "to", "must come after the period start " + from, to);
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, StageFlow> shapes = new LinkedHashMap<>();
    for (StageHistory h : histories) {
      Optional<LifecycleStage> start = h.stageOn(from);
      Optional<LifecycleStage> end = h.stageOn(to);
      if (end.isPresent() && !end.equals(start)) {
        String key = start.map(Enum::name).orElse("") + ">" + end.get();
        counts.merge(key, 1, Integer::sum);
        shapes.putIfAbsent(key, new StageFlow(start, end.get(), 1));
      }
    }
    List<StageFlow> flows = new ArrayList<>();
    shapes.forEach((key, f) -> flows.add(new StageFlow(f.from(), f.to(), counts.get(key))));
    flows.sort(Comparator.comparingInt(StageFlow::customers).reversed()
        .thenComparing(f -> f.from().map(Enum::ordinal).orElse(-1)).thenComparing(f -> f.to().ordinal()));
    return List.copyOf(flows);
  }

  /** The flows of {@code flows} that end in {@code stage}, e.g. every way into decline. */
  public static List<StageFlow> into(List<StageFlow> flows, LifecycleStage stage) {
    Require.notNull(flows, "flows");
    Require.notNull(stage, "stage");
    return flows.stream().filter(f -> f.to() == stage).toList();
  }
}
