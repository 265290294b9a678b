package io.crmkit.core.customize;

import io.crmkit.core.validation.CrmStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A recommended action with the rule that produced it and the facts of the situation it rests on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Recommendation {
  public abstract String action();

  public abstract String rule();

  public abstract int priority();

  /** The facts of the situation the rule's conditions cite, e.g. "tier = KEY". */
  public abstract List<String> because();

  @Override
  public String toString() {
    return action() + " [rule " + rule() + ", because " + String.join(", ", because()) + "]";
  }
}
