package io.crmkit.core.lifecycle;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generated lifecycle histories and key-account move sequences, shared by the lifecycle properties. */
final class LifecycleGen {
  static final LocalDate DAY_ZERO = LocalDate.of(2024, 1, 1);

  private LifecycleGen() {}

  /** One step of a history: days after the previous change (0 is refused by the history) and a stage. */
  static Gen<int[]> steps() {
    return integers().between(0, 120).zip(integers().between(0, LifecycleStage.values().length - 1),
        (gap, stage) -> new int[] {gap, stage});
  }

  /** A history built through {@link StageHistory#record}, skipping steps it must refuse (same day, same stage). */
  static Gen<StageHistory> histories(int id) {
    return lists().of(steps()).ofSizeBetween(0, 12).map(s -> build("c-" + id, s));
  }

  static StageHistory build(String id, List<int[]> steps) {
    StageHistory h = StageHistory.empty(CustomerId.of(id));
    LocalDate day = DAY_ZERO;
    for (int[] s : steps) {
      LifecycleStage stage = LifecycleStage.values()[s[1]];
      LocalDate next = day.plusDays(s[0]);
      if ((h.changes().isEmpty() || next.isAfter(day)) && !h.current().equals(java.util.Optional.of(stage))) {
        h = h.record(stage, next, "generated");
        day = next;
      }
    }
    return h;
  }

  /** Up to 30 customers' histories. */
  static Gen<List<StageHistory>> cohorts() {
    return lists().of(lists().of(steps()).ofSizeBetween(0, 10)).ofSizeBetween(0, 30).map(all -> {
      List<StageHistory> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        out.add(build("c-" + i, all.get(i)));
      }
      return out;
    });
  }

  /** A day within the generated histories' span. */
  static Gen<LocalDate> days() {
    return integers().between(-10, 1_500).map(DAY_ZERO::plusDays);
  }
}
