package io.crmkit.core.complaint;

import java.time.Instant;
import java.util.Optional;

/**
 * A named rule that may refuse a step the workflow table allows: each guard encodes a classic error
 * of complaint handling. Hosts may add their own.
 */
public interface ComplaintGuard {

  /** The rule's name, as refusals report it, e.g. {@code facts-before-remedy}. */
  String name();

  /** Why the step must not be taken now; empty when the rule has nothing against it. */
  Optional<String> refusal(Complaint complaint, ComplaintCommand command, Instant now);
}
