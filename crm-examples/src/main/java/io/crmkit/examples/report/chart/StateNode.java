package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * A state of a state diagram: its id as the transition table names it (e.g. {@code REMEDY_PROPOSED}),
 * the label shown (e.g. "Remedy proposed" or "已提出补救方案") and whether a case may end there.
 *
 * <p>Immutable and thread-safe.
 */
public record StateNode(String id, String label, boolean terminal) {
  public StateNode {
    Require.text(id, "stateNode.id");
    Require.text(label, "stateNode.label");
  }

  /** A state a case passes through. */
  public static StateNode of(String id, String label) {
    return new StateNode(id, label, false);
  }

  /** A state a case may end in. */
  public static StateNode terminal(String id, String label) {
    return new StateNode(id, label, true);
  }
}
