package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.Require;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Interruption figures over many key accounts, for managers and for teaching: how many interruptions,
 * how often each cause and each kind of cause (internal, external) was recorded, in which stages the
 * relationships broke, how many are still interrupted, resumed or restarted. One interruption with two
 * causes counts once in {@code interruptions} and once under each cause; it counts under a kind if any
 * of its causes is of that kind.
 *
 * <p>Immutable and thread-safe.
 */
public record InterruptionAnalytics(int accounts, int interruptions, Map<InterruptionCause, Integer> byCause,
    Map<CauseKind, Integer> byKind, Map<KeyAccountStage, Integer> byStage, int keyPersonChanges,
    int stillInterrupted, int resumed, int restarted) {
  public InterruptionAnalytics {
    byCause = Collections.unmodifiableMap(new EnumMap<>(Require.notNull(byCause, "byCause")));
    byKind = Collections.unmodifiableMap(new EnumMap<>(Require.notNull(byKind, "byKind")));
    byStage = Collections.unmodifiableMap(new EnumMap<>(Require.notNull(byStage, "byStage")));
  }

  /** The figures of {@code accounts}. */
  public static InterruptionAnalytics of(Iterable<KeyAccount> accounts) {
    Require.notNull(accounts, "accounts");
    Map<InterruptionCause, Integer> byCause = new EnumMap<>(InterruptionCause.class);
    Map<CauseKind, Integer> byKind = new EnumMap<>(CauseKind.class);
    Map<KeyAccountStage, Integer> byStage = new EnumMap<>(KeyAccountStage.class);
    int count = 0;
    int total = 0;
    int keyPerson = 0;
    int open = 0;
    int resumed = 0;
    int restarted = 0;
    for (KeyAccount a : accounts) {
      count++;
      for (Interruption i : a.status().interruptions()) {
        total++;
        i.causes().forEach(c -> byCause.merge(c, 1, Integer::sum));
        i.causes().stream().map(InterruptionCause::kind).distinct().forEach(k -> byKind.merge(k, 1, Integer::sum));
        byStage.merge(i.interruptedIn(), 1, Integer::sum);
        keyPerson += i.causes().stream().anyMatch(InterruptionCause::isKeyPersonChange) ? 1 : 0;
        open += i.isOpen() ? 1 : 0;
        resumed += i.endedBy().filter(m -> m == KeyAccountMove.RESUME).isPresent() ? 1 : 0;
        restarted += i.endedBy().filter(m -> m == KeyAccountMove.RESTART).isPresent() ? 1 : 0;
      }
    }
    return new InterruptionAnalytics(count, total, byCause, byKind, byStage, keyPerson, open, resumed, restarted);
  }

  /** The figures as a few lines. */
  public String describe() {
    return String.format(Locale.ROOT, "%d interruption(s) over %d key account(s); by kind %s; by cause %s%n"
        + "%d with a change of key people; interrupted in %s%n%d still interrupted, %d resumed, %d restarted%n",
        interruptions, accounts, byKind, byCause, keyPersonChanges, byStage, stillInterrupted, resumed, restarted);
  }
}
