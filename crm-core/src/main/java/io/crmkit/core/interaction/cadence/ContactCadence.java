package io.crmkit.core.interaction.cadence;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How often a customer must be contacted: at most this many days between two contacts (联络频率).
 * The course asks for a call or a meeting at least once a month to once a quarter.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ContactCadence implements Comparable<ContactCadence> {
  /** Once a month (30 days). */
  public static final ContactCadence MONTHLY = ofDays(30);
  /** Once a quarter (90 days). */
  public static final ContactCadence QUARTERLY = ofDays(90);

  @Value.Parameter
  public abstract int days();

  /** A cadence of {@code days} days; zero or negative is refused. */
  public static ContactCadence ofDays(int days) {
    return ImmutableContactCadence.of(days);
  }

  @Value.Check
  protected void check() {
    Require.that(days() >= 1 && days() <= 3_660, "contactCadence.days", "must be within 1..3660",
        days());
  }

  /** The day the next contact is due after a contact on {@code lastContact}. */
  public LocalDate nextDueAfter(LocalDate lastContact) {
    return lastContact.plusDays(days());
  }

  @Override
  public int compareTo(ContactCadence other) {
    return Integer.compare(days(), other.days());
  }

  @Override
  public String toString() {
    return "every " + days() + " days";
  }
}
