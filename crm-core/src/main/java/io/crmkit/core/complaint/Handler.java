package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A member of staff acting on a complaint, with the roles they hold.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Handler {
  @Value.Parameter
  public abstract EmployeeId id();

  @Value.Parameter
  public abstract Set<HandlerRole> roles();

  public static Handler agent(String id) {
    return ImmutableHandler.of(EmployeeId.of(id), Set.of(HandlerRole.AGENT));
  }

  public static Handler supervisor(String id) {
    return ImmutableHandler.of(EmployeeId.of(id), Set.of(HandlerRole.AGENT, HandlerRole.SUPERVISOR));
  }

  @Value.Check
  protected void check() {
    Require.that(!roles().isEmpty(), "handler.roles", "must name at least one role", roles());
  }

  public boolean has(HandlerRole role) {
    return roles().contains(role);
  }

  @Override
  public String toString() {
    return id() + roles().toString();
  }
}
