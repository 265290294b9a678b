package io.crmkit.core.idic;

import io.crmkit.core.text.Explanation;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Identify is done when the customer has at least one verified contact point and no open duplicate
 * candidate. Feed it with duplicate detection: {@code IdentifyEvidence.from(report::hasOpenDuplicate)}.
 */
public final class IdentifyEvidence implements StageEvidence {

  /** Whether a customer still has an unresolved duplicate candidate. */
  @FunctionalInterface
  public interface OpenDuplicates {
    boolean hasOpenDuplicate(CustomerId customer);
  }

  private final OpenDuplicates duplicates;

  private IdentifyEvidence(OpenDuplicates duplicates) {
    this.duplicates = duplicates;
  }

  public static IdentifyEvidence from(OpenDuplicates duplicates) {
    return new IdentifyEvidence(Require.notNull(duplicates, "openDuplicates"));
  }

  @Override
  public IdicStage stage() {
    return IdicStage.IDENTIFY;
  }

  @Override
  public StageAssessment assess(Customer customer, Instant now) {
    List<Explanation> missing = new ArrayList<>();
    if (customer.verifiedContactPoints().isEmpty()) {
      missing.add(Explanation.of(IdicReason.NO_VERIFIED_CONTACT));
    }
    if (duplicates.hasOpenDuplicate(customer.id())) {
      missing.add(Explanation.of(IdicReason.OPEN_DUPLICATE));
    }
    if (missing.isEmpty()) {
      return StageAssessment.done(stage(), Explanation.of(IdicReason.REVERIFY));
    }
    Explanation next = Explanation.of(customer.verifiedContactPoints().isEmpty() ? IdicReason.VERIFY_CONTACT
        : IdicReason.RESOLVE_DUPLICATE);
    return StageAssessment.explainedMissing(stage(), missing, next);
  }
}
