package io.crmkit.core.lifecycle;

import io.crmkit.core.text.Explanation;
import io.crmkit.core.customer.RelationshipRisk;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Early warnings of interruption for a live key account, from the relationship risks of the customer
 * record and from the account's own history:
 *
 * <ul>
 *   <li>{@code single-contact-person}: the customer is reached through one contact person only (the
 *       record's {@link RelationshipRisk#SINGLE_CONTACT_PERSON}, or one contact in the account), which
 *       points to {@link InterruptionCause#SINGLE_CONTACT_RELIANCE};
 *   <li>{@code new-key-contact}: the key contact was replaced within the watch window, which points to
 *       {@link InterruptionCause#NEW_CONTACT_REJECTS_PRODUCT};
 *   <li>{@code frequent-manager-changes}: the account manager changed twice or more within a year,
 *       which points to {@link InterruptionCause#FREQUENT_MANAGER_CHANGES}.
 * </ul>
 *
 * An interrupted account gets no warning: it already broke.
 */
public final class InterruptionWarnings {
  /** How long after a new key contact arrives the account is watched, by default. */
  public static final Duration NEW_CONTACT_WATCH = Duration.ofDays(90);

  private static final Duration YEAR = Duration.ofDays(365);

  private InterruptionWarnings() {}

  /** The warnings for {@code account} at {@code now}, given the customer record's {@code risks}. */
  public static List<InterruptionWarning> of(KeyAccount account, Set<RelationshipRisk> risks, Instant now) {
    Require.notNull(account, "account");
    Require.notNull(risks, "risks");
    Require.notNull(now, "now");
    if (!account.stage().isActive()) {
      return List.of();
    }
    KeyAccountStatus s = account.status();
    List<InterruptionWarning> warnings = new ArrayList<>();
    if (risks.contains(RelationshipRisk.SINGLE_CONTACT_PERSON) || s.contactPersons() == 1) {
      warnings.add(new InterruptionWarning(account.customer(), InterruptionCause.SINGLE_CONTACT_RELIANCE,
          "single-contact-person", Explanation.of(WarningReason.SINGLE_CONTACT),
          Explanation.of(WarningReason.SINGLE_CONTACT_ADVICE)));
    }
    Optional<Instant> replaced = s.keyContactReplacedAt();
    if (replaced.isPresent() && !replaced.get().plus(NEW_CONTACT_WATCH).isBefore(now)) {
      warnings.add(new InterruptionWarning(account.customer(), InterruptionCause.NEW_CONTACT_REJECTS_PRODUCT,
          "new-key-contact", Explanation.of(WarningReason.NEW_CONTACT, replaced.get()),
          Explanation.of(WarningReason.NEW_CONTACT_ADVICE)));
    }
    List<Instant> assignments = s.managerAssignments();
    long changes = assignments.stream().skip(1).filter(at -> !at.plus(YEAR).isBefore(now)).count();
    if (changes >= 2) {
      warnings.add(new InterruptionWarning(account.customer(), InterruptionCause.FREQUENT_MANAGER_CHANGES,
          "frequent-manager-changes", Explanation.of(WarningReason.MANAGER_CHANGES, changes),
          Explanation.of(WarningReason.MANAGER_CHANGES_ADVICE)));
    }
    return List.copyOf(warnings);
  }
}
