package io.crmkit.core.visit;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The memo written after a visit (会议或沟通备忘录): the problems to solve and the commitments made,
 * confirmed to the customer in writing, which is itself a way of contacting them again. Written the
 * same day or the next (不要把今天的工作拖到明天).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class VisitMemo {
  public abstract CustomerId customer();

  public abstract LocalDate visitedOn();

  public abstract LocalDate writtenOn();

  /** Problems raised that need solving. */
  public abstract List<String> problems();

  /** What we committed to, each to be confirmed in the memo. */
  public abstract List<String> commitments();

  public static ImmutableVisitMemo.Builder builder() {
    return ImmutableVisitMemo.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(!writtenOn().isBefore(visitedOn()), "visitMemo.writtenOn", "must not be before the visit on "
        + visitedOn(), writtenOn());
    Require.that(!problems().isEmpty() || !commitments().isEmpty(), "visitMemo.problems",
        "must hold at least one problem or commitment", "none");
    problems().forEach(p -> Require.text(p, "visitMemo.problems[]"));
    commitments().forEach(c -> Require.text(c, "visitMemo.commitments[]"));
  }

  /** Whether the memo was written on the day of the visit or the day after. */
  public boolean isTimely() {
    return !writtenOn().isAfter(visitedOn().plusDays(1));
  }
}
