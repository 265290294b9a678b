package io.crmkit.core.customer.sales;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import org.immutables.value.Value;

/**
 * A product as orders and quotations name it: its name and model.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Product {
  @Value.Parameter
  public abstract String name();

  @Value.Parameter
  public abstract String model();

  public static Product of(String name, String model) {
    return ImmutableProduct.of(name, model);
  }

  @Value.Check
  protected void check() {
    Require.text(name(), "product.name");
    Require.text(model(), "product.model");
  }

  @Override
  public String toString() {
    return name() + " " + model();
  }
}
