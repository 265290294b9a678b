package io.crmkit.core.identify;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Two customer records that may be one customer, with the evidence and a score in [0, 1]:
 * score = 1 - product over matched kinds of (1 - weight). The ids are in ascending order, so the
 * same pair is the same candidate whichever record was read first.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DuplicateCandidate {
  public abstract CustomerId first();

  public abstract CustomerId second();

  public abstract List<MatchEvidence> evidence();

  public abstract double score();

  @Value.Check
  protected void check() {
    Require.that(first().compareTo(second()) < 0, "duplicateCandidate.second",
        "must sort after first " + first(), second());
    Require.that(!evidence().isEmpty(), "duplicateCandidate.evidence", "must not be empty", evidence());
    Require.that(score() >= 0 && score() <= 1, "duplicateCandidate.score", "must be within 0..1",
        score());
  }

  /** Whether {@code id} is one of the pair. */
  public boolean involves(CustomerId id) {
    return first().equals(id) || second().equals(id);
  }

  /** The kinds of evidence, for a merge. */
  public java.util.Set<MatchKind> evidenceKinds() {
    return evidence().stream().map(MatchEvidence::kind)
        .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(MatchKind.class)));
  }

  /** The evidence in words, one entry per shared value, without the values ("same email"). */
  public List<String> evidenceDescriptions() {
    return evidence().stream().map(MatchEvidence::describe).collect(Collectors.toUnmodifiableList());
  }

  /** The evidence in {@code locale}, one entry per shared value, without the values ("电子邮箱相同"). */
  public List<String> evidenceDescriptions(java.util.Locale locale) {
    return evidence().stream().map(e -> e.describe(locale)).collect(Collectors.toUnmodifiableList());
  }
}
