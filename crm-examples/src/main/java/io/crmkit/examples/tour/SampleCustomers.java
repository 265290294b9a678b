package io.crmkit.examples.tour;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerKind;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.ImmutableCustomer;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the tour's bundled sample customer base ({@code customers.csv} beside this class). */
public final class SampleCustomers {
  private SampleCustomers() {}

  /** The sample customers, in file order. */
  public static List<Customer> load() {
    try (InputStream in = SampleCustomers.class.getResourceAsStream("customers.csv")) {
      if (in == null) {
        throw new IllegalStateException("customers.csv is missing from the tour's resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Customer> customers = new ArrayList<>();
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        customers.add(parse(line.split(",", -1), lineNumber));
      }
      return List.copyOf(customers);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tour's customers.csv", e);
    }
  }

  private static Customer parse(String[] f, int lineNumber) {
    if (f.length != 9) {
      throw new IllegalStateException("customers.csv line " + lineNumber + ": expected 9 fields, found "
          + f.length);
    }
    ImmutableCustomer.Builder b = Customer.builder().id(CustomerId.of(f[0]))
        .kind(CustomerKind.valueOf(f[1])).displayName(f[2]);
    if (!f[3].isEmpty()) {
      b.addContactPoint(f[5].equals("email") ? ContactPoint.verified(ContactPointKind.EMAIL, f[3])
          : ContactPoint.of(ContactPointKind.EMAIL, f[3]));
    }
    if (!f[4].isEmpty()) {
      b.addContactPoint(f[5].equals("phone") ? ContactPoint.verified(ContactPointKind.PHONE, f[4])
          : ContactPoint.of(ContactPointKind.PHONE, f[4]));
    }
    Customer customer = b.build();
    if (!f[6].isEmpty()) {
      customer = customer.assignAccountManager(EmployeeId.of(f[6]),
          LocalDate.of(2024, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    if (!f[7].isEmpty()) {
      customer = customer.placeOrder(Order.builder().orderId(f[0] + "-o1")
          .orderDate(LocalDate.parse(f[7])).product(Product.of("Annual service plan", "ASP-1"))
          .unitPrice(Money.of(f[8], "EUR")).quantity(1).build());
    }
    return customer;
  }
}
