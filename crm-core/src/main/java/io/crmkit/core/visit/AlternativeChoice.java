package io.crmkit.core.visit;

import io.crmkit.core.validation.Require;

/**
 * The alternative-choice question (二选一法则): instead of "may I visit you?", two concrete options,
 * either of which is a yes ("Tuesday at ten or Thursday afternoon?"). Used to fix an appointment
 * and, at the end of a talk, to close ("the monthly or the quarterly plan?").
 *
 * @param question the question as it will be asked
 * @param first the first option
 * @param second the second option, different from the first
 */
public record AlternativeChoice(String question, String first, String second) {
  public AlternativeChoice {
    Require.text(question, "alternativeChoice.question");
    Require.text(first, "alternativeChoice.first");
    Require.text(second, "alternativeChoice.second");
    Require.that(!first.strip().equalsIgnoreCase(second.strip()), "alternativeChoice.second",
        "must differ from the first option", second);
  }
}
