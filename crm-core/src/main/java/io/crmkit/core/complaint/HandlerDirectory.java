package io.crmkit.core.complaint;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.Require;
import java.util.Map;
import java.util.Set;

/**
 * The host's staff directory: which complaint-handling roles each employee holds. Roles come from
 * here, never from what a caller declares: anyone can build {@code Handler.supervisor("em-intern")},
 * but only the directory makes an intern a supervisor.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface HandlerDirectory {

  /** The roles {@code employee} holds; empty if the employee does not handle complaints. */
  Set<HandlerRole> rolesOf(EmployeeId employee);

  /** The handler {@code employee} is, with the directory's roles. */
  default Handler handler(EmployeeId employee) {
    Set<HandlerRole> roles = rolesOf(employee);
    Require.that(roles != null && !roles.isEmpty(), "handler", "must be in the host's staff directory", employee);
    return ImmutableHandler.of(employee, roles);
  }

  /**
   * The guard {@code roles-from-directory}: refuses a command whose actor declares a role this
   * directory does not give them. {@link ComplaintHandling#on(java.time.Clock, HandlerDirectory)}
   * adds it to the engine.
   */
  default ComplaintGuard rolesGuard() {
    HandlerDirectory directory = this;
    return new ComplaintGuard() {
      @Override
      public String name() {
        return "roles-from-directory";
      }

      @Override
      public java.util.Optional<String> refusal(Complaint complaint, ComplaintCommand command, java.time.Instant now) {
        Set<HandlerRole> held = directory.rolesOf(command.actor().id());
        if (held == null || !held.containsAll(command.actor().roles())) {
          return java.util.Optional.of(command.actor().id() + " declares roles " + command.actor().roles()
              + " but the staff directory gives " + (held == null ? Set.of() : held));
        }
        return java.util.Optional.empty();
      }
    };
  }

  /** A fixed directory, for tests and small hosts. */
  static HandlerDirectory of(Map<EmployeeId, Set<HandlerRole>> roles) {
    Map<EmployeeId, Set<HandlerRole>> copy = Map.copyOf(Require.notNull(roles, "roles"));
    return employee -> copy.getOrDefault(employee, Set.of());
  }
}
