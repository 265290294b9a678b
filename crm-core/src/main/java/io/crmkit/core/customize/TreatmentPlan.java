package io.crmkit.core.customize;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.CrmStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The treatment a playbook recommends for one customer: actions in priority order, each explained,
 * and how conflicts between rules were resolved. An active plan is the Customize evidence of the
 * IDIC report (IDIC step 4).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class TreatmentPlan {
  public abstract CustomerId customer();

  public abstract List<Recommendation> recommendations();

  /** One sentence per overridden rule: which rule won in which group, by priority. */
  public abstract List<String> resolutions();

  /** Whether the plan recommends anything. */
  public boolean isActive() {
    return !recommendations().isEmpty();
  }

  /** The actions in a line, for the IDIC report. */
  public String summary() {
    return recommendations().stream().map(Recommendation::action).collect(Collectors.joining("; "));
  }

  /** The plan as lines. */
  public String describe() {
    StringBuilder text = new StringBuilder("Treatment plan for " + customer() + ":\n");
    recommendations().forEach(r -> text.append("  - ").append(r).append('\n'));
    resolutions().forEach(r -> text.append("  (").append(r).append(")\n"));
    return text.toString();
  }
}
