package io.crmkit.examples.tour;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerKind;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.ImmutableCustomer;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NoNeedJudgement;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tour's bundled sample customer base ({@code customers.csv} beside this class) with what
 * the account managers learnt about each customer's demand ({@code needs.csv}): a need now, a need
 * later, a recorded judgement that the customer will never need us, or nothing yet.
 */
public final class SampleCustomers {
  private SampleCustomers() {}

  /** The sample customers, in file order, with their needs and no-need judgements. */
  public static List<Customer> load() {
    Map<String, List<String[]>> demand = new HashMap<>();
    lines("needs.csv").forEach(row -> demand.computeIfAbsent(row.fields()[0], k -> new ArrayList<>()).add(row.fields()));
    List<Customer> customers = new ArrayList<>();
    for (Row row : lines("customers.csv")) {
      Customer c = parse(row.fields(), row.number());
      for (String[] d : demand.getOrDefault(c.id().value(), List.of())) {
        c = withDemand(c, d);
      }
      customers.add(c);
    }
    return List.copyOf(customers);
  }

  private static Customer withDemand(Customer c, String[] d) {
    if (d.length != 5) {
      throw new IllegalStateException("needs.csv: expected 5 fields for " + d[0] + ", found " + d.length);
    }
    LocalDate on = LocalDate.parse(d[3]);
    return switch (d[1]) {
      case "NEED" -> c.recordNeed(d[4].isEmpty() ? Need.now(d[2], on) : Need.by(d[2], on, LocalDate.parse(d[4])));
      case "NO_NEED" -> c.judgeNoNeed(NoNeedJudgement.of(d[2], EmployeeId.of(d[4]), on));
      default -> throw new IllegalStateException("needs.csv: " + d[1] + " is neither NEED nor NO_NEED");
    };
  }

  private record Row(String[] fields, int number) {}

  private static List<Row> lines(String resource) {
    try (InputStream in = SampleCustomers.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the tour's resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(new Row(line.split(",", -1), lineNumber));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tour's " + resource, e);
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
