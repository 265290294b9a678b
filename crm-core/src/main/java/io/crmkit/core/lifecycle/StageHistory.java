package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's lifecycle as an append-only list of dated {@link StageChange}s. A change is only ever
 * added after the last one ({@link #record}); nothing is rewritten, so the stage a report showed on a
 * past date stays what it was. The stage on any day, the time spent in each stage and the stage's
 * start follow from the changes.
 *
 * <p>Immutable and thread-safe.
 */
public final class StageHistory {
  private final CustomerId customer;
  private final List<StageChange> changes;

  private StageHistory(CustomerId customer, List<StageChange> changes) {
    this.customer = customer;
    this.changes = changes;
  }

  /** A customer with no stage recorded yet. */
  public static StageHistory empty(CustomerId customer) {
    return new StageHistory(Require.notNull(customer, "stageHistory.customer"), List.of());
  }

  /**
   * Rebuilds a history from stored changes, checking that they chain (each leaves the stage the one
   * before entered) and that their days strictly increase.
   */
  public static StageHistory replay(CustomerId customer, List<StageChange> changes) {
    Require.notNull(changes, "stageHistory.changes");
    StageHistory h = empty(customer);
    for (StageChange c : changes) {
      Require.notNull(c, "stageHistory.changes[" + h.changes.size() + "]");
      Require.that(c.from().equals(h.current()), "stageHistory.changes[" + h.changes.size() + "].from",
          "must be the stage entered before, " + h.current().map(Enum::name).orElse("none"),
          c.from().map(Enum::name).orElse("none"));
      h = h.append(c);
    }
    return h;
  }

  public CustomerId customer() {
    return customer;
  }

  /** Every change, oldest first. */
  public List<StageChange> changes() {
    return changes;
  }

  /** The stage entered last, empty if none was ever recorded. */
  public Optional<LifecycleStage> current() {
    return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1).to());
  }

  /**
   * This history with the customer entering {@code stage} on {@code on}. The day must come after the
   * last change, and the stage must differ from the current one.
   *
   * @throws io.crmkit.core.validation.InvalidValueException naming {@code stageChange.on} or
   *     {@code stageChange.to} otherwise
   */
  public StageHistory record(LifecycleStage stage, LocalDate on, String evidence) {
    return append(new StageChange(current(), stage, on, evidence));
  }

  private StageHistory append(StageChange change) {
    if (!changes.isEmpty()) {
      LocalDate last = changes.get(changes.size() - 1).on();
      Require.that(change.on().isAfter(last), "stageChange.on", "must come after the last change on " + last,
          change.on());
    }
    List<StageChange> next = new ArrayList<>(changes);
    next.add(change);
    return new StageHistory(customer, Collections.unmodifiableList(next));
  }

  /** The stage the customer was in at the end of {@code day}; empty before the first change. */
  public Optional<LifecycleStage> stageOn(LocalDate day) {
    Require.notNull(day, "day");
    Optional<LifecycleStage> stage = Optional.empty();
    for (StageChange c : changes) {
      if (c.on().isAfter(day)) {
        break;
      }
      stage = Optional.of(c.to());
    }
    return stage;
  }

  /**
   * Days spent in each stage from the first change up to {@code asOf} (a stage entered on a day counts
   * from that day); stages never entered are absent. Changes after {@code asOf} are ignored.
   */
  public Map<LifecycleStage, Long> daysInStages(LocalDate asOf) {
    Require.notNull(asOf, "asOf");
    Map<LifecycleStage, Long> days = new EnumMap<>(LifecycleStage.class);
    for (int i = 0; i < changes.size(); i++) {
      StageChange c = changes.get(i);
      if (c.on().isAfter(asOf)) {
        break;
      }
      LocalDate end = i + 1 < changes.size() && !changes.get(i + 1).on().isAfter(asOf) ? changes.get(i + 1).on() : asOf;
      days.merge(c.to(), ChronoUnit.DAYS.between(c.on(), end), Long::sum);
    }
    return Collections.unmodifiableMap(days);
  }

  /** The history as lines, oldest first. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    changes.forEach(c -> text.append(c.describe()).append('\n'));
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StageHistory h && h.customer.equals(customer) && h.changes.equals(changes);
  }

  @Override
  public int hashCode() {
    return customer.hashCode() * 31 + changes.hashCode();
  }

  /** The customer and the number of changes; evidence texts stay out of log lines. */
  @Override
  public String toString() {
    return "StageHistory{" + customer + ", " + changes.size() + " change(s), now " + current().map(Enum::name)
        .orElse("none") + "}";
  }
}
