package io.crmkit.core.customer;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * The record that two customer records were found to be one customer and merged: which survived,
 * which was absorbed (its id stays as an alias), who decided, on what evidence, and what moved.
 * Kept on the surviving customer so the merge can be explained afterwards.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class MergeRecord {
  public abstract CustomerId survivor();

  public abstract CustomerId absorbed();

  public abstract Instant mergedAt();

  public abstract EmployeeId mergedBy();

  /**
   * The kinds of evidence the decision rested on, in words ("same email", "verified identity"),
   * never the shared email or phone itself.
   */
  public abstract List<String> evidence();

  /** How many profile facts, contact points and orders came over from the absorbed record. */
  public abstract int factsMoved();

  public abstract int contactPointsMoved();

  public abstract int ordersMoved();

  public static ImmutableMergeRecord.Builder builder() {
    return ImmutableMergeRecord.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(!survivor().equals(absorbed()), "mergeRecord.absorbed",
        "must differ from the survivor", absorbed());
    Require.that(!evidence().isEmpty(), "mergeRecord.evidence", "must name at least one piece of evidence",
        evidence());
    Require.that(factsMoved() >= 0 && contactPointsMoved() >= 0 && ordersMoved() >= 0,
        "mergeRecord.moved", "counts must not be negative",
        factsMoved() + "/" + contactPointsMoved() + "/" + ordersMoved());
  }

  /** The merge in one sentence, for an audit trail or a course slide. */
  public String explain() {
    return "Customer " + absorbed() + " was merged into " + survivor() + " by " + mergedBy() + " at "
        + mergedAt() + " because of " + String.join(", ", evidence()) + "; " + factsMoved()
        + " fact revision(s), " + contactPointsMoved() + " contact point(s) and "
        + ordersMoved() + " order(s) moved with their provenance, and " + absorbed() + " remains an alias.";
  }
}
