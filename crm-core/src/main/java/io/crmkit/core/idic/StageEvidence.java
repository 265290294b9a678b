package io.crmkit.core.idic;

import io.crmkit.core.customer.Customer;
import java.time.Instant;

/**
 * What one capability knows about a customer's progress in one IDIC stage. Each stage has a small
 * factory here fed by a functional interface that the capability implements (duplicate detection
 * for Identify, value scoring and personality for Differentiate, the interaction log for Interact,
 * playbooks for Customize), so new capabilities plug in without editing {@link IdicProgressReport}.
 */
public interface StageEvidence {

  /** The stage this evidence speaks for. */
  IdicStage stage();

  /** The assessment of {@code customer} at {@code now}. */
  StageAssessment assess(Customer customer, Instant now);
}
