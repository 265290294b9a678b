package io.crmkit.core.customer;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.customer.sales.Quotation;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The realistic customer data every property in crm-core draws from: Latin and Chinese names,
 * emails and phone numbers in the many ways people write them, facts of every category.
 */
public final class CustomerGen {
  private CustomerGen() {}

  /** 2026-03-02T09:00:00Z, the "now" of generated records. */
  public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private static final List<String> GIVEN = List.of("Wei", "Fang", "Na", "Anna", "María", "Jean-Luc",
      "Olu", "Sean", "Ingrid", "Kenji", "Zoë", "Mehmet");
  private static final List<String> FAMILY = List.of("Li", "Wang", "Zhang", "Müller", "García",
      "O'Neil", "Picard", "Okafor", "Johansson", "Tanaka", "Öztürk", "van der Berg");
  private static final List<String> HAN = List.of("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊",
      "黄敏");
  private static final List<String> FACT_KEYS = List.of("occupation", "household-size",
      "likes-new-fund-launches", "has-young-children", "annual-income", "assets", "preferred-branch",
      "birth-year");

  /** Customer ids c-00000 to c-99999. */
  public static Gen<CustomerId> ids() {
    return integers().between(0, 99_999).map(i -> CustomerId.of(String.format("c-%05d", i)));
  }

  /** Latin-script names: "Given Family", "Family, Given", "FAMILY Given", some with odd spacing. */
  public static Gen<String> latinNames() {
    return arbitrary().pick(GIVEN).zip(arbitrary().pick(FAMILY),
        arbitrary().pick(List.of("%s %s", "%2$s, %1$s", "  %s   %s ", "%2$S %1$s")),
        (g, f, form) -> String.format(form, g, f));
  }

  /** Display names: Latin names and Chinese names, some with odd spacing. */
  public static Gen<String> names() {
    Gen<String> latin = latinNames();
    Gen<String> han = arbitrary().pick(HAN).zip(arbitrary().pick(List.of("", " ", "\u3000")),
        (n, gap) -> n.charAt(0) + gap + n.substring(1));
    return latin.mix(han, 30);
  }

  /** Email addresses with varying case and surrounding space. */
  public static Gen<String> emails() {
    return arbitrary().pick(GIVEN).zip(integers().between(1, 999),
        arbitrary().pick(List.of("example.com", "Example.CN", "mail.example.de")),
        arbitrary().pick(List.of("%s.%d@%s", " %s%d@%s ", "%S_%d@%s")),
        (g, n, domain, form) -> String.format(form, g.replace("-", "").replace("í", "i")
            .replace("ë", "e"), n, domain));
  }

  /** Chinese mobile numbers written national, international, with 00, spaces or dashes. */
  public static Gen<String> phones() {
    return integers().between(0, 99_999_999).zip(arbitrary().pick(List.of("13%09d", "+86 13%09d",
        "0086-13%09d", "+86 (13) %09d")), (n, form) -> String.format(form, n))
        .zip(arbitrary().pick(List.of("", " ", "-")), (p, sep) -> sep.isEmpty() ? p
            : p.substring(0, p.length() - 4) + sep + p.substring(p.length() - 4));
  }

  public static Gen<ContactPoint> contactPoints() {
    Gen<ContactPoint> email = emails().zip(Generate.booleans(),
        (e, v) -> v ? ContactPoint.verified(ContactPointKind.EMAIL, e) : ContactPoint.of(ContactPointKind.EMAIL, e));
    Gen<ContactPoint> phone = phones().zip(Generate.booleans(),
        (p, v) -> v ? ContactPoint.verified(ContactPointKind.PHONE, p) : ContactPoint.of(ContactPointKind.PHONE, p));
    return email.mix(phone);
  }

  /** Profile facts of every category; financial ones confidential, as the model requires. */
  public static Gen<ProfileFact> facts() {
    return arbitrary().pick(FACT_KEYS).zip(arbitrary().enumValues(FactCategory.class),
        arbitrary().enumValues(Sensitivity.class), integers().between(0, 2_000),
        (key, category, sensitivity, ageDays) -> ProfileFact.builder().key(FactKey.of(key))
            .category(category)
            .sensitivity(category == FactCategory.FINANCIAL ? Sensitivity.CONFIDENTIAL : sensitivity)
            .content(key + " value " + ageDays).source("generated form " + ageDays % 7)
            .recordedAt(NOW.minusSeconds(86_400L * ageDays)).build());
  }

  public static Gen<Order> orders() {
    return integers().between(1, 99_999).zip(integers().between(1, 50_000), integers().between(1, 20),
        integers().between(0, 1_000), (n, cents, qty, age) -> Order.builder().orderId("o-" + n)
            .orderDate(LocalDate.of(2026, 3, 2).minusDays(age))
            .product(Product.of("Service plan", "SP-" + (n % 5)))
            .unitPrice(Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("EUR")))
            .quantity(qty).build());
  }

  /** Private customers with up to 3 contact points, 6 fact revisions and 2 orders. */
  public static Gen<Customer> customers() {
    return ids().zip(names(), lists().of(contactPoints()).ofSizeBetween(0, 3),
        lists().of(facts()).ofSizeBetween(0, 6), lists().of(orders()).ofSizeBetween(0, 2),
        (id, name, contacts, facts, orders) -> Customer.builder().id(id).kind(CustomerKind.PERSON)
            .displayName(name).contactPoints(contacts).facts(facts)
            .orders(orders.stream().collect(Collectors.toMap(Order::orderId, o -> o,
                (a, b) -> a)).values())
            .build());
  }

  /** Customers that have at least one order. */
  public static Gen<Customer> customersWithOrders() {
    return customers().zip(orders(), (c, o) -> c.orders().isEmpty() ? c.placeOrder(o) : c);
  }

  /** Customers that have at least one email or phone contact point. */
  public static Gen<Customer> reachableCustomers() {
    return customers().zip(contactPoints(), (c, p) -> c.contactPoints().isEmpty()
        ? Customer.builder().from(c).addContactPoint(p).build() : c);
  }

  /** Text that is empty or only whitespace. */
  public static Gen<String> blanks() {
    return arbitrary().pick(List.of("", " ", "   ", "\t", "\n", " \t \n"));
  }

  /** A quotation in EUR valid for 30 days: the fixture the quotation and classification examples share. */
  public static Quotation quote(String id, Product product, String price, String cost, LocalDate on) {
    return Quotation.builder().quoteId(id).product(product).quotedOn(on).validUntil(on.plusDays(30))
        .price(Money.of(price, "EUR")).costBasis(Money.of(cost, "EUR")).build();
  }

  /** An order of one service plan in EUR on {@code date} (ISO text). */
  public static Order order(String id, String date, String price) {
    return Order.builder().orderId(id).orderDate(LocalDate.parse(date))
        .product(Product.of("Service plan", "SP-1")).unitPrice(Money.of(price, "EUR")).quantity(1).build();
  }
}
