package io.crmkit.core.customer.contact;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person we deal with at an organization customer, with their roles. An organization should have
 * several: a relationship that hangs on one person is lost when that person leaves.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ContactPerson {
  // Personal: stays out of toString.
  @Value.Redacted
  public abstract String name();

  public abstract Set<ContactRole> roles();

  // Personal: stays out of toString.
  @Value.Redacted
  public abstract Optional<String> jobTitle();

  public abstract List<ContactPoint> contactPoints();

  /** A contact person with a name and at least one role. */
  public static ContactPerson of(String name, ContactRole... roles) {
    return ImmutableContactPerson.builder().name(name).addRoles(roles).build();
  }

  @Value.Check
  protected void check() {
    Require.text(name(), "contactPerson.name");
    Require.that(!roles().isEmpty(), "contactPerson.roles", "must name at least one role", roles());
    jobTitle().ifPresent(t -> Require.text(t, "contactPerson.jobTitle"));
  }

  /** Whether this person holds {@code role}. */
  public boolean has(ContactRole role) {
    return roles().contains(role);
  }
}
