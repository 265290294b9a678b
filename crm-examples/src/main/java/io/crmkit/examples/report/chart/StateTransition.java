package io.crmkit.examples.report.chart;

import io.crmkit.core.validation.Require;

/**
 * One row of a transition table as the diagram draws it: from a state, a step (the label) leads to
 * a state, possibly the same one (a step that records something without moving the case).
 *
 * <p>Immutable and thread-safe.
 */
public record StateTransition(String from, String to, String label) {
  public StateTransition {
    Require.text(from, "stateTransition.from");
    Require.text(to, "stateTransition.to");
    Require.text(label, "stateTransition.label");
  }

  /** Whether the step leaves the state unchanged. */
  public boolean isSelfLoop() {
    return from.equals(to);
  }
}
