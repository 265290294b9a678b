package io.crmkit.core.complaint;

import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.validation.Require;
import java.util.List;

/**
 * One mistake a {@link HandlingCheck} found in a complaint's handling: the check, the mistake, the
 * sequence numbers of the events that show it and why, in words that quote no note (notes may hold
 * personal detail).
 *
 * @param check the check's name, kebab-case
 * @param mistake the mistake found
 * @param events sequence numbers of the events that show it, at least one
 * @param explanation why these events are the mistake
 */
public record HandlingFinding(String check, HandlingMistake mistake, List<Integer> events, String explanation) {
  public HandlingFinding {
    NamedRule.requireName(check, "handlingFinding.check");
    Require.notNull(mistake, "handlingFinding.mistake");
    Require.notNull(events, "handlingFinding.events");
    Require.that(!events.isEmpty(), "handlingFinding.events", "must name at least one event", events);
    events = List.copyOf(events);
    Require.text(explanation, "handlingFinding.explanation");
  }

  /** "apologise-once ENDLESS_APOLOGY at #5, #7: ...". */
  public String describe() {
    return check + " " + mistake + " at #" + String.join(", #", events.stream().map(String::valueOf).toList())
        + ": " + explanation;
  }
}
