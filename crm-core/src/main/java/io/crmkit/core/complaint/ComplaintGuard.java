package io.crmkit.core.complaint;

import java.time.Instant;
import java.util.Optional;

/**
 * A named rule that may refuse a step the workflow table allows: each guard encodes a classic error
 * of complaint handling. Hosts may add their own, most simply as a class that extends
 * {@link io.crmkit.core.rule.NamedRule} (which supplies the name) with a plain {@code if} in
 * {@link #refusal}; {@link ComplaintGuards} builds its own on {@link io.crmkit.core.rule.StepGuard}.
 */
public interface ComplaintGuard {

  /** The rule's name, as refusals report it, e.g. {@code facts-before-remedy}. */
  String name();

  /** Why the step must not be taken now; empty when the rule has nothing against it. */
  Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now);
}
