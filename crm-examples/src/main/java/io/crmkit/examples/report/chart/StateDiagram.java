package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A state diagram drawn from a workflow's own transition table (the complaint workflow, the
 * key-account stages), so the picture cannot drift from the engine.
 *
 * <p>Layout: the states reachable from {@code start} are found breadth first; steps that lead back
 * to a state already on the way (a reopened complaint, a declined remedy proposed again) are drawn
 * as dashed back-edges, and every other state sits one layer below the deepest state leading to it,
 * so a closing state is drawn under all the steps that reach it. States in a layer keep the order in
 * which the search found them, moved towards the states that lead to them. Steps between the same two
 * states share one arrow with their labels joined; a step that keeps the state is a loop at its
 * right. States not reachable from the start are drawn in a last layer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text title, takeaway and "no data" message
 * @param start the id of the initial state
 * @param states the states, ids distinct; must include {@code start} unless there are none
 * @param transitions the table rows, naming listed states
 * @param note a line under the diagram, e.g. the steps allowed in every active state; may be empty
 */
public record StateDiagram(ChartText text, String start, List<StateNode> states,
    List<StateTransition> transitions, String note) implements Chart {
  public StateDiagram {
    Require.notNull(text, "stateDiagram.text");
    Require.text(start, "stateDiagram.start");
    Require.notNull(states, "stateDiagram.states");
    Require.notNull(transitions, "stateDiagram.transitions");
    Require.notNull(note, "stateDiagram.note");
    states.forEach(s -> Require.notNull(s, "stateDiagram.states[]"));
    transitions.forEach(t -> Require.notNull(t, "stateDiagram.transitions[]"));
    Require.distinct(states, StateNode::id, "stateDiagram.states.id");
    Set<String> ids = new HashSet<>();
    states.forEach(s -> ids.add(s.id()));
    Require.that(states.isEmpty() || ids.contains(start), "stateDiagram.start", "must be one of the states",
        start);
    for (StateTransition t : transitions) {
      Require.that(ids.contains(t.from()), "stateDiagram.transitions.from", "must be one of the states", t.from());
      Require.that(ids.contains(t.to()), "stateDiagram.transitions.to", "must be one of the states", t.to());
    }
    states = List.copyOf(states);
    transitions = List.copyOf(transitions);
  }

  /** A diagram without a note. */
  public static StateDiagram of(ChartText text, String start, List<StateNode> states,
      List<StateTransition> transitions) {
    return new StateDiagram(text, start, states, transitions, "");
  }

  /** The same diagram with a note under it. */
  public StateDiagram withNote(String line) {
    return new StateDiagram(text, start, states, transitions, line);
  }

  /** Whether there is any state to draw. */
  public boolean isEmpty() {
    return states.isEmpty();
  }

  /** The number of arrows drawn: one per ordered pair of states with at least one step between them. */
  public int arrowCount() {
    Set<String> pairs = new HashSet<>();
    transitions.forEach(t -> pairs.add(t.from() + '\u0000' + t.to()));
    return pairs.size();
  }

  @Override
  public String toSvg() {
    return StateDiagramDrawing.draw(this);
  }
}
