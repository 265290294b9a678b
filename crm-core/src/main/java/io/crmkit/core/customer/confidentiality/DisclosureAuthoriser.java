package io.crmkit.core.customer.confidentiality;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.text.Explanation;
import io.crmkit.core.validation.Require;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The host's answer to "may this member of staff read this customer's facts of this category for
 * this purpose?". crmkit does not know the host's staff, so it never decides this itself: the host
 * provides the authoriser ({@link #ownAccountManager()} and {@link #ownAccountManagerOrRoles} are
 * ready-made ones). The authoriser is asked for every recipient, the customer and consented third
 * parties included; consent is checked after it, by {@link Disclosures}.
 *
 * <p>Implementations must be thread-safe and must not log or keep the customer's data.
 */
@FunctionalInterface
public interface DisclosureAuthoriser {

  /** Whether {@code request.requestedBy()} may read facts of {@code category} of {@code customer}. */
  DisclosureDecision authorise(Customer customer, FactCategory category, DisclosureRequest request);

  /** Only the customer's current account manager, for any purpose. */
  static DisclosureAuthoriser ownAccountManager() {
    return (customer, category, request) -> isCurrentManager(customer, request.requestedBy())
        ? DisclosureDecision.grant(Explanation.of(DisclosureReason.CURRENT_ACCOUNT_MANAGER, request.requestedBy(),
            customer.id()))
        : DisclosureDecision.refuse(Explanation.of(DisclosureReason.NOT_ACCOUNT_MANAGER, request.requestedBy(),
            customer.id(), Explanation.asCode(request.purpose())));
  }

  /**
   * The current account manager for any purpose; anyone else only for the purposes a role they hold
   * in the host's {@code directory} is allowed, e.g. the complaints team for
   * {@link DisclosurePurpose#COMPLAINT_HANDLING}.
   *
   * @param directory the roles of each employee, from the host's staff directory (empty if unknown)
   * @param rolesByPurpose for each purpose, the roles that may read for it
   */
  static DisclosureAuthoriser ownAccountManagerOrRoles(Function<EmployeeId, Set<String>> directory,
      Map<DisclosurePurpose, Set<String>> rolesByPurpose) {
    Require.notNull(directory, "directory");
    Require.notNull(rolesByPurpose, "rolesByPurpose");
    Map<DisclosurePurpose, Set<String>> allowed = new EnumMap<>(DisclosurePurpose.class);
    rolesByPurpose.forEach((purpose, roles) -> allowed.put(Require.notNull(purpose, "rolesByPurpose.purpose"),
        Set.copyOf(roles)));
    DisclosureAuthoriser manager = ownAccountManager();
    return (customer, category, request) -> {
      if (isCurrentManager(customer, request.requestedBy())) {
        return manager.authorise(customer, category, request);
      }
      Set<String> held = Optional.ofNullable(directory.apply(request.requestedBy())).orElse(Set.of());
      Optional<String> role = allowed.getOrDefault(request.purpose(), Set.of()).stream()
          .filter(held::contains).sorted().findFirst();
      return role.map(r -> DisclosureDecision.grant(Explanation.of(DisclosureReason.ROLE_ALLOWED,
              request.requestedBy(), r, Explanation.asCode(request.purpose()))))
          .orElseGet(() -> DisclosureDecision.refuse(Explanation.of(DisclosureReason.NOT_ACCOUNT_MANAGER,
              request.requestedBy(), customer.id(), Explanation.asCode(request.purpose()))));
    };
  }

  private static boolean isCurrentManager(Customer customer, EmployeeId employee) {
    return customer.currentAccountManager().equals(Optional.of(employee));
  }
}
