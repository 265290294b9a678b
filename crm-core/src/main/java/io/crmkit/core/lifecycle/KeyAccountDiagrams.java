package io.crmkit.core.lifecycle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * State diagrams of the key-account relationship in Mermaid and PlantUML, drawn from the
 * {@link KeyAccountWorkflow} table the engine runs on, so the picture cannot drift from the code.
 * Moves that keep the stage in every stage are listed once in a note; RESUME is drawn back to each
 * stage an interruption may have left.
 */
public final class KeyAccountDiagrams {
  private KeyAccountDiagrams() {}

  /** A Mermaid {@code stateDiagram-v2}. */
  public static String mermaid() {
    StringBuilder d = new StringBuilder("stateDiagram-v2\n");
    d.append("    [*] --> GESTATION: OPEN\n");
    for (String[] arrow : arrows()) {
      d.append("    ").append(arrow[0]).append(" --> ").append(arrow[1]).append(": ").append(arrow[2]).append('\n');
    }
    d.append("    note right of INTERRUPTED\n        ").append(everywhereNote()).append("\n    end note\n");
    return d.toString();
  }

  /** A PlantUML state diagram. */
  public static String plantUml() {
    StringBuilder d = new StringBuilder("@startuml\nhide empty description\n");
    d.append("[*] --> GESTATION : OPEN\n");
    for (String[] arrow : arrows()) {
      d.append(arrow[0]).append(" --> ").append(arrow[1]).append(" : ").append(arrow[2]).append('\n');
    }
    d.append("note right of INTERRUPTED\n  ").append(everywhereNote()).append("\nend note\n@enduml\n");
    return d.toString();
  }

  /** The moves the table allows in every stage without changing it. */
  public static Set<KeyAccountMove> movesInEveryStage() {
    Set<KeyAccountMove> common = EnumSet.allOf(KeyAccountMove.class);
    for (KeyAccountStage s : KeyAccountStage.values()) {
      Set<KeyAccountMove> staying = KeyAccountWorkflow.transitions().stream()
          .filter(t -> t.from() == s && t.staysPut()).map(KeyAccountTransition::move).collect(Collectors.toSet());
      common.retainAll(staying);
    }
    return common;
  }

  /** from, to, label for every drawn arrow, in table order. */
  private static List<String[]> arrows() {
    Set<KeyAccountMove> everywhere = movesInEveryStage();
    List<String[]> arrows = new ArrayList<>();
    for (KeyAccountTransition t : KeyAccountWorkflow.transitions()) {
      if (everywhere.contains(t.move())) {
        continue;
      }
      if (t.returnsToPrevious()) {
        for (KeyAccountTransition in : KeyAccountWorkflow.transitions()) {
          if (in.to() == t.from() && in.from() != t.from()) {
            arrows.add(new String[] {t.from().name(), in.from().name(), t.move().name()});
          }
        }
      } else {
        arrows.add(new String[] {t.from().name(), t.to().name(), t.move().name()});
      }
    }
    return arrows;
  }

  private static String everywhereNote() {
    return "In every stage: " + movesInEveryStage().stream().map(Enum::name).collect(Collectors.joining(", "))
        + " keep the stage; RESUME returns to the stage interrupted.";
  }
}
