package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key-account engine: opens relationships and makes moves. A move must be allowed by the
 * {@link KeyAccountWorkflow} table in the current stage (else {@link IllegalKeyAccountMoveException})
 * and pass every guard (else {@link KeyAccountMoveRefusedException} naming the rule). It is then
 * recorded as an event at the clock's instant; the account returned is a new version.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyAccountRelationships {
  private static final Logger LOG = LoggerFactory.getLogger(KeyAccountRelationships.class);

  /** How long a manager serves at least before a change, by default: half a year. */
  public static final Duration DEFAULT_MINIMUM_MANAGER_TENURE = Duration.ofDays(180);

  private final Clock clock;
  private final List<KeyAccountGuard> guards;

  private KeyAccountRelationships(Clock clock, List<KeyAccountGuard> guards) {
    this.clock = clock;
    this.guards = guards;
  }

  /** An engine with the guards of practice and the default manager tenure, on {@code clock}. */
  public static KeyAccountRelationships on(Clock clock) {
    return on(clock, DEFAULT_MINIMUM_MANAGER_TENURE, List.of());
  }

  /** An engine with the guards of practice for {@code minimumManagerTenure}, then {@code extraGuards}. */
  public static KeyAccountRelationships on(Clock clock, Duration minimumManagerTenure,
      List<KeyAccountGuard> extraGuards) {
    Require.notNull(clock, "clock");
    Require.notNull(extraGuards, "extraGuards");
    List<KeyAccountGuard> all = new ArrayList<>(KeyAccountGuards.allCurrentGuards(minimumManagerTenure));
    extraGuards.forEach(g -> all.add(Require.notNull(g, "extraGuards[]")));
    return new KeyAccountRelationships(clock, List.copyOf(all));
  }

  /** Every guard this engine asks, in order. */
  public List<KeyAccountGuard> guards() {
    return guards;
  }

  /** Takes {@code customer} up as a prospective key account, in GESTATION, reached through {@code contactPersons}. */
  public KeyAccount open(CustomerId customer, int contactPersons, String note) {
    Require.notNull(customer, "customer");
    KeyAccountEvent opened = new KeyAccountEvent(1, new KeyAccountAction.Open(contactPersons), clock.instant(),
        KeyAccountStage.GESTATION, KeyAccountStage.GESTATION, note);
    return KeyAccount.of(customer, List.of(opened));
  }

  /** The guard that would refuse {@code action} now, with its reason; empty if the move may be made. */
  public Optional<KeyAccountMoveRefusedException> refusal(KeyAccount account, KeyAccountAction action) {
    Require.notNull(account, "account");
    Require.notNull(action, "action");
    Instant now = clock.instant();
    for (KeyAccountGuard guard : guards) {
      Optional<String> reason = guard.refusal(account, action, now);
      if (reason.isPresent()) {
        return Optional.of(new KeyAccountMoveRefusedException(account.customer(), action.move(), guard.name(),
            reason.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Makes a move.
   *
   * @throws IllegalKeyAccountMoveException if the table does not allow the move in this stage
   * @throws KeyAccountMoveRefusedException if a guard refuses it
   * @throws io.crmkit.core.validation.InvalidValueException if the note is blank or the clock went back
   */
  public KeyAccount apply(KeyAccount account, KeyAccountAction action, String note) {
    Require.notNull(account, "account");
    Require.notNull(action, "action");
    Require.text(note, "note");
    KeyAccountStage stage = account.stage();
    KeyAccountTransition row = KeyAccountWorkflow.transition(stage, action.move()).orElseThrow(() ->
        new IllegalKeyAccountMoveException(account.customer(), stage, action.move(),
            KeyAccountWorkflow.allowedMoves(stage)));
    Optional<KeyAccountMoveRefusedException> refused = refusal(account, action);
    if (refused.isPresent()) {
      throw refused.get();
    }
    Instant now = clock.instant();
    Instant last = account.history().get(account.history().size() - 1).at();
    Require.that(!now.isBefore(last), "clock", "must not run backwards before the last event at " + last, now);
    KeyAccountStage target = row.returnsToPrevious() ? account.status().interruptedFrom().orElseThrow() : row.to();
    List<KeyAccountEvent> history = new ArrayList<>(account.history());
    history.add(new KeyAccountEvent(history.size() + 1, action, now, stage, target, note));
    LOG.debug("key account {}: {} {} -> {}", account.customer(), action.move(), stage, target);
    return KeyAccount.of(account.customer(), history);
  }
}
