package io.crmkit.core.complaint;

import java.util.Optional;

/**
 * A named check of how a complaint was handled: it reads the recorded history and reports one of the
 * classic {@link HandlingMistake}s where the history shows it. Hosts may add their own, most simply
 * as a class that extends {@link io.crmkit.core.rule.NamedRule}, as {@link HandlingChecks} does.
 */
public interface HandlingCheck {

  /** The check's name, as the review reports it, e.g. {@code apologise-once}. */
  String name();

  /** The mistake this check looks for. */
  HandlingMistake mistake();

  /** The finding, naming the events that show the mistake; empty when the history shows none. */
  Optional<HandlingFinding> review(Complaint complaint);
}
