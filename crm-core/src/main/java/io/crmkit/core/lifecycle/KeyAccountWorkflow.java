package io.crmkit.core.lifecycle;

import static io.crmkit.core.lifecycle.KeyAccountStage.GESTATION;
import static io.crmkit.core.lifecycle.KeyAccountStage.INITIAL;
import static io.crmkit.core.lifecycle.KeyAccountStage.INTERRUPTED;
import static io.crmkit.core.lifecycle.KeyAccountStage.MIDDLE;
import static io.crmkit.core.lifecycle.KeyAccountStage.STRATEGIC_PARTNERSHIP;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of a key-account relationship: the one source of truth that the engine, the
 * replay check and the diagrams all read.
 *
 * <p>Main path: GESTATION -> INITIAL -> MIDDLE -> STRATEGIC_PARTNERSHIP. INTERRUPT leads from every
 * active stage to INTERRUPTED; from there RESUME returns to the stage interrupted, RESTART starts
 * again from GESTATION. ASSIGN_MANAGER and CHANGE_CONTACTS are allowed in every stage and keep it.
 * OPEN is not a row: it creates the relationship, in GESTATION.
 */
public final class KeyAccountWorkflow {
  private static final List<KeyAccountTransition> TABLE = build();
  private static final Map<KeyAccountStage, Map<KeyAccountMove, KeyAccountTransition>> BY_STAGE = index(TABLE);

  private KeyAccountWorkflow() {}

  /** Every row of the table. */
  public static List<KeyAccountTransition> transitions() {
    return TABLE;
  }

  /** The moves allowed in {@code stage}, in table order. */
  public static Set<KeyAccountMove> allowedMoves(KeyAccountStage stage) {
    return Collections.unmodifiableSet(BY_STAGE.get(stage).keySet());
  }

  /** The row for {@code move} from {@code stage}, if the move is allowed there. */
  public static Optional<KeyAccountTransition> transition(KeyAccountStage stage, KeyAccountMove move) {
    return Optional.ofNullable(BY_STAGE.get(stage).get(move));
  }

  private static List<KeyAccountTransition> build() {
    List<KeyAccountTransition> t = new ArrayList<>();
    t.add(new KeyAccountTransition(GESTATION, KeyAccountMove.START_COOPERATION, INITIAL, false));
    t.add(new KeyAccountTransition(INITIAL, KeyAccountMove.DEEPEN, MIDDLE, false));
    t.add(new KeyAccountTransition(MIDDLE, KeyAccountMove.BECOME_PARTNERS, STRATEGIC_PARTNERSHIP, false));
    for (KeyAccountStage s : KeyAccountStage.values()) {
      if (s.isActive()) {
        t.add(new KeyAccountTransition(s, KeyAccountMove.INTERRUPT, INTERRUPTED, false));
      }
    }
    t.add(new KeyAccountTransition(INTERRUPTED, KeyAccountMove.RESUME, INTERRUPTED, true));
    t.add(new KeyAccountTransition(INTERRUPTED, KeyAccountMove.RESTART, GESTATION, false));
    for (KeyAccountStage s : KeyAccountStage.values()) {
      t.add(new KeyAccountTransition(s, KeyAccountMove.ASSIGN_MANAGER, s, false));
      t.add(new KeyAccountTransition(s, KeyAccountMove.CHANGE_CONTACTS, s, false));
    }
    return List.copyOf(t);
  }

  private static Map<KeyAccountStage, Map<KeyAccountMove, KeyAccountTransition>> index(
      List<KeyAccountTransition> table) {
    Map<KeyAccountStage, Map<KeyAccountMove, KeyAccountTransition>> byStage = new EnumMap<>(KeyAccountStage.class);
    for (KeyAccountStage s : KeyAccountStage.values()) {
      byStage.put(s, new LinkedHashMap<>());
    }
    for (KeyAccountTransition row : table) {
      if (byStage.get(row.from()).put(row.move(), row) != null) {
        throw new IllegalStateException("the key-account table lists " + row.move() + " twice from " + row.from());
      }
    }
    byStage.replaceAll((s, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(byStage);
  }
}
