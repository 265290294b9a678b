package io.crmkit.core.interaction.cadence;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A contact planned for a day, apart from the cadence: a festival greeting (逢年过节的问候) or a
 * new-product notice (新产品通知) to the customers it concerns.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class PlannedContact {
  @Value.Parameter
  public abstract CustomerId customer();

  @Value.Parameter
  public abstract LocalDate on();

  @Value.Parameter
  public abstract Purpose purpose();

  /** What the contact is about: "Spring Festival", "new bond fund". */
  @Value.Parameter
  public abstract String subject();

  public static PlannedContact of(CustomerId customer, LocalDate on, Purpose purpose, String subject) {
    Require.notNull(customer, "plannedContact.customer");
    Require.notNull(on, "plannedContact.on");
    Require.notNull(purpose, "plannedContact.purpose");
    return ImmutablePlannedContact.of(customer, on, purpose, subject);
  }

  public static PlannedContact festivalGreeting(CustomerId customer, LocalDate on, String festival) {
    return of(customer, on, Purpose.FESTIVAL_GREETING, festival);
  }

  public static PlannedContact newProductNotice(CustomerId customer, LocalDate on, String product) {
    return of(customer, on, Purpose.NEW_PRODUCT_NOTICE, product);
  }

  @Value.Check
  protected void check() {
    Require.text(subject(), "plannedContact.subject");
  }
}
