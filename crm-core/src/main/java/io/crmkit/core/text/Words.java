package io.crmkit.core.text;

import java.util.Locale;

/**
 * How the domain's enum constants read in a sentence for staff: lower case, underscores as spaces
 * ({@code NO_DECISION_MAKER} reads "no decision maker"). Used wherever a reason, a piece of
 * evidence or a note names a constant, so they all read alike. Stateless and thread-safe.
 */
public final class Words {
  private Words() {}

  /** The constant in words: {@code Relation.FAMILY_MEMBER} gives {@code "family member"}. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
