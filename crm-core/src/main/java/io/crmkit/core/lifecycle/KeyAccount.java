package io.crmkit.core.lifecycle;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * A key-account relationship: the customer and the append-only history of its moves. Everything else
 * (stage, manager, contacts, interruptions) is the {@link KeyAccountStatus} folded from the history,
 * so replaying the events rebuilds exactly the same account. Moves are made through
 * {@link KeyAccountRelationships}; each returns a new version.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no note.
 */
public final class KeyAccount {
  private final CustomerId customer;
  private final List<KeyAccountEvent> history;
  private final KeyAccountStatus status;

  private KeyAccount(CustomerId customer, List<KeyAccountEvent> history) {
    this.customer = customer;
    this.history = history;
    this.status = KeyAccountStatus.fold(history);
  }

  /**
   * Rebuilds an account from its stored events, checking them against the {@link KeyAccountWorkflow}
   * table: the first is OPEN into GESTATION, numbers run 1, 2, 3..., times never go back, and each
   * later event is a row of the table from the stage the one before left (RESUME back to the stage
   * interrupted).
   *
   * @throws io.crmkit.core.validation.InvalidValueException naming the first event that breaks a rule
   */
  public static KeyAccount replay(CustomerId customer, List<KeyAccountEvent> events) {
    Require.notNull(customer, "keyAccount.customer");
    Require.notNull(events, "keyAccount.history");
    Require.that(!events.isEmpty(), "keyAccount.history", "must start with OPEN", "no events");
    KeyAccountEvent first = Require.notNull(events.get(0), "keyAccount.history[0]");
    Require.that(first.move() == KeyAccountMove.OPEN && first.from() == KeyAccountStage.GESTATION
        && first.to() == KeyAccountStage.GESTATION, "keyAccount.history[0]", "must be OPEN into GESTATION", first);
    Require.that(first.sequence() == 1, "keyAccount.history[0].sequence", "must be 1", first.sequence());
    List<KeyAccountEvent> checked = new ArrayList<>();
    checked.add(first);
    for (int i = 1; i < events.size(); i++) {
      KeyAccountEvent e = Require.notNull(events.get(i), "keyAccount.history[" + i + "]");
      KeyAccountEvent before = checked.get(i - 1);
      String field = "keyAccount.history[" + i + "]";
      Require.that(e.sequence() == i + 1, field + ".sequence", "must be " + (i + 1), e.sequence());
      Require.that(!e.at().isBefore(before.at()), field + ".at", "must not be before the previous event at "
          + before.at(), e.at());
      KeyAccountStatus so = KeyAccountStatus.fold(checked);
      Require.that(e.from() == so.stage(), field + ".from", "must be the stage reached before, " + so.stage(),
          e.from());
      KeyAccountTransition row = KeyAccountWorkflow.transition(so.stage(), e.move()).orElse(null);
      Require.that(row != null, field + ".move", "must be allowed in " + so.stage() + " (allowed are "
          + KeyAccountWorkflow.allowedMoves(so.stage()) + ")", e.move());
      KeyAccountStage expected = row.returnsToPrevious() ? so.interruptedFrom().orElseThrow() : row.to();
      Require.that(e.to() == expected, field + ".to", "must be " + expected + " after " + e.move(), e.to());
      checked.add(e);
    }
    return new KeyAccount(customer, List.copyOf(checked));
  }

  /** An account from events the engine has just checked. */
  static KeyAccount of(CustomerId customer, List<KeyAccountEvent> history) {
    return new KeyAccount(customer, List.copyOf(history));
  }

  public CustomerId customer() {
    return customer;
  }

  /** Every move made, oldest first. */
  public List<KeyAccountEvent> history() {
    return history;
  }

  /** What the history implies. */
  public KeyAccountStatus status() {
    return status;
  }

  /** The current stage. */
  public KeyAccountStage stage() {
    return status.stage();
  }

  /** The history as lines, for a screen, an audit or a lesson. */
  public String describeHistory() {
    StringBuilder text = new StringBuilder();
    history.forEach(e -> text.append(e.describe()).append('\n'));
    return text.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyAccount a && a.customer.equals(customer) && a.history.equals(history);
  }

  @Override
  public int hashCode() {
    return customer.hashCode() * 31 + history.hashCode();
  }

  @Override
  public String toString() {
    return "KeyAccount{" + customer + ", " + stage() + ", " + history.size() + " event(s)}";
  }
}
