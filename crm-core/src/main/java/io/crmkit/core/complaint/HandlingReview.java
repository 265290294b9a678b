package io.crmkit.core.complaint;

import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A review of how one complaint was handled: every {@link HandlingCheck} run over the recorded
 * history, with the mistakes found and the checks passed. A supervisor reads it after a call, a
 * trainer with a class; a handling record with no mistake in it passes every check.
 *
 * <p>Immutable and thread-safe.
 */
public final class HandlingReview {
  private final ComplaintId complaint;
  private final List<String> checks;
  private final List<HandlingFinding> findings;

  private HandlingReview(ComplaintId complaint, List<String> checks, List<HandlingFinding> findings) {
    this.complaint = complaint;
    this.checks = List.copyOf(checks);
    this.findings = List.copyOf(findings);
  }

  /** The review by every check of {@link HandlingChecks#allCurrentChecks()}. */
  public static HandlingReview of(Complaint complaint) {
    return of(complaint, HandlingChecks.allCurrentChecks());
  }

  /** The review by {@code checks}, in their order. */
  public static HandlingReview of(Complaint complaint, List<HandlingCheck> checks) {
    Require.notNull(complaint, "complaint");
    Require.notNull(checks, "checks");
    List<String> names = new ArrayList<>();
    List<HandlingFinding> findings = new ArrayList<>();
    for (HandlingCheck check : checks) {
      Require.notNull(check, "checks[]");
      names.add(check.name());
      Optional<HandlingFinding> finding = check.review(complaint);
      finding.ifPresent(findings::add);
    }
    return new HandlingReview(complaint.id(), names, findings);
  }

  public ComplaintId complaint() {
    return complaint;
  }

  /** The mistakes found, in the order of the checks. */
  public List<HandlingFinding> findings() {
    return findings;
  }

  /** Whether no check found a mistake. */
  public boolean passed() {
    return findings.isEmpty();
  }

  /** The names of the checks that found nothing. */
  public List<String> passedChecks() {
    List<String> failed = findings.stream().map(HandlingFinding::check).toList();
    return checks.stream().filter(c -> !failed.contains(c)).toList();
  }

  /** The review as lines: the verdict, then each finding. */
  public String describe() {
    StringBuilder text = new StringBuilder("Handling review of " + complaint + ": ");
    text.append(passed() ? "passed all " + checks.size() + " checks" : findings.size() + " mistake(s) in "
        + checks.size() + " checks").append('\n');
    findings.forEach(f -> text.append("  ").append(f.describe()).append('\n'));
    return text.toString();
  }
}
