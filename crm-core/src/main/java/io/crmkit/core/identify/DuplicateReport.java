package io.crmkit.core.identify;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What duplicate detection found: candidate pairs (highest score first), blocks too common to
 * compare, and contact points that could not be normalized. A candidate stays open until the two
 * records are merged or a person dismisses it as two different customers.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class DuplicateReport {
  /** How many customer records were examined. */
  public abstract int recordsExamined();

  public abstract List<DuplicateCandidate> candidates();

  public abstract List<SkippedBlock> skippedBlocks();

  public abstract List<UnusableContactPoint> unusableContactPoints();

  /** Pairs a person judged to be different customers, first id then second. */
  public abstract List<DuplicateCandidate> dismissed();

  /** Whether a candidate involving {@code id} is still open: the "no open duplicate" test of Identify. */
  public boolean hasOpenDuplicate(CustomerId id) {
    return candidates().stream().anyMatch(c -> c.involves(id));
  }

  /** The open candidates involving {@code id}. */
  public List<DuplicateCandidate> candidatesFor(CustomerId id) {
    return candidates().stream().filter(c -> c.involves(id)).collect(Collectors.toUnmodifiableList());
  }

  /** This report with the pair {@code a}, {@code b} judged to be two different customers. */
  public DuplicateReport dismiss(CustomerId a, CustomerId b) {
    Require.notNull(a, "first");
    Require.notNull(b, "second");
    List<DuplicateCandidate> matching = candidates().stream()
        .filter(c -> c.involves(a) && c.involves(b)).collect(Collectors.toList());
    Require.that(!matching.isEmpty() && !a.equals(b), "dismissed",
        "must name an open candidate pair", a + "/" + b);
    return ImmutableDuplicateReport.builder().from(this)
        .candidates(candidates().stream().filter(c -> !matching.contains(c)).collect(Collectors.toList()))
        .addAllDismissed(matching).build();
  }
}
