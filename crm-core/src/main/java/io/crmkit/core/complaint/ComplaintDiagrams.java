package io.crmkit.core.complaint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * State diagrams of complaint handling in Mermaid and PlantUML, drawn from the
 * {@link ComplaintWorkflow} table the engine runs on, so the picture cannot drift from the code.
 * Steps allowed in every active state are listed once in a note instead of as loops on each state.
 */
public final class ComplaintDiagrams {
  private ComplaintDiagrams() {}

  /** A Mermaid {@code stateDiagram-v2}. */
  public static String mermaid() {
    StringBuilder d = new StringBuilder("stateDiagram-v2\n");
    d.append("    [*] --> RECEIVED: RECEIVE\n");
    for (Transition t : drawn()) {
      d.append("    ").append(t.from()).append(" --> ").append(t.to()).append(": ").append(t.step()).append('\n');
    }
    d.append("    CLOSED --> [*]\n");
    d.append("    note right of SHELVED\n        ").append(everywhereNote()).append("\n    end note\n");
    return d.toString();
  }

  /** A PlantUML state diagram. */
  public static String plantUml() {
    StringBuilder d = new StringBuilder("@startuml\nhide empty description\n");
    d.append("[*] --> RECEIVED : RECEIVE\n");
    for (Transition t : drawn()) {
      d.append(t.from()).append(" --> ").append(t.to()).append(" : ").append(t.step()).append('\n');
    }
    d.append("CLOSED --> [*]\n");
    d.append("note right of SHELVED\n  ").append(everywhereNote()).append("\nend note\n@enduml\n");
    return d.toString();
  }

  /** The steps the table allows in every active state. */
  public static Set<ComplaintStep> stepsInEveryActiveState() {
    Set<ComplaintStep> common = new LinkedHashSet<>(Arrays.asList(ComplaintStep.values()));
    for (ComplaintState s : ComplaintState.values()) {
      if (s.isActive()) {
        common.retainAll(ComplaintWorkflow.allowedSteps(s));
      }
    }
    return common;
  }

  private static List<Transition> drawn() {
    Set<ComplaintStep> everywhere = stepsInEveryActiveState();
    List<Transition> rows = new ArrayList<>();
    for (Transition t : ComplaintWorkflow.transitions()) {
      if (!everywhere.contains(t.step()) && !t.returnsToPrevious()) {
        rows.add(t);
      }
    }
    return rows;
  }

  private static String everywhereNote() {
    Set<ComplaintStep> everywhere = EnumSet.copyOf(stepsInEveryActiveState());
    everywhere.remove(ComplaintStep.SHELVE);
    return "From every active state: SHELVE enters SHELVED and RESUME returns to that state; "
        + everywhere.stream().map(Enum::name).collect(Collectors.joining(", ")) + " keep the state.";
  }
}
