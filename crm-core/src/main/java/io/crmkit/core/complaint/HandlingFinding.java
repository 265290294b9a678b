package io.crmkit.core.complaint;

import io.crmkit.core.text.Explanation;
import java.util.Locale;
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
 * @param explanation why these events are the mistake, in English
 * @param why the same as a message and its arguments, for {@link #describe(Locale)}
 */
public record HandlingFinding(String check, HandlingMistake mistake, List<Integer> events, String explanation,
    Explanation why) {

  /** A finding explained in English only (a host's check): it reads as written in every language. */
  public HandlingFinding(String check, HandlingMistake mistake, List<Integer> events, String explanation) {
    this(check, mistake, events, explanation, Explanation.of(FindingReason.AS_WRITTEN,
        Require.text(explanation, "handlingFinding.explanation")));
  }

  public HandlingFinding {
    NamedRule.requireName(check, "handlingFinding.check");
    Require.notNull(mistake, "handlingFinding.mistake");
    Require.notNull(events, "handlingFinding.events");
    Require.that(!events.isEmpty(), "handlingFinding.events", "must name at least one event", events);
    events = List.copyOf(events);
    Require.text(explanation, "handlingFinding.explanation");
    Require.notNull(why, "handlingFinding.why");
  }

  /** Why these events are the mistake, in {@code locale}. */
  public String explanation(Locale locale) {
    return why.render(Require.notNull(locale, "handlingFinding.locale"));
  }

  /** The finding in {@code locale}, the mistake by its display name: "apologise-once（一味道歉），事件 #5、#7：...". */
  public String describe(Locale locale) {
    Require.notNull(locale, "handlingFinding.locale");
    return Explanation.of(FindingReason.FINDING, check, mistake,
        events.stream().map(e -> "#" + e).toList(), why).render(locale);
  }

  /** "apologise-once ENDLESS_APOLOGY at #5, #7: ...". */
  public String describe() {
    return check + " " + mistake + " at #" + String.join(", #", events.stream().map(String::valueOf).toList())
        + ": " + explanation;
  }
}
