package io.crmkit.core.customer;

import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A customer as a screen, a report or a course slide may show it to someone who does not serve the
 * customer: the id and kind, the name masked to initials ("Z*** M***"), contact points masked to
 * their kind and shape ("EMAIL z***@***", "PHONE ***00"), facts by key, category and sensitivity with
 * only internal values shown, and counts. Built by {@link #of(Customer)}; never holds a full
 * personal value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the customer id (not personal on its own)
 * @param kind person or organization
 * @param name the display name masked to the first letter of each word
 * @param contactPoints each contact point's kind, verification and masked value
 * @param facts each current fact's key, category and sensitivity; the value only if INTERNAL
 * @param orders how many orders the customer placed
 */
public record RedactedCustomer(CustomerId id, CustomerKind kind, String name, List<String> contactPoints,
    List<String> facts, int orders) {

  public RedactedCustomer {
    Require.notNull(id, "redactedCustomer.id");
    contactPoints = List.copyOf(contactPoints);
    facts = List.copyOf(facts);
  }

  /** The redacted view of {@code customer}. */
  public static RedactedCustomer of(Customer customer) {
    Require.notNull(customer, "customer");
    return new RedactedCustomer(customer.id(), customer.kind(), maskName(customer.displayName()),
        customer.contactPoints().stream().map(RedactedCustomer::maskContact).collect(Collectors.toList()),
        customer.currentFacts().values().stream().sorted(java.util.Comparator.comparing(ProfileFact::key))
            .map(f -> f.key() + " " + f.category() + " " + f.sensitivity() + " "
                + f.value().filter(v -> !f.sensitivity().isRedacted()).orElse(CrmStyle.REDACTED))
            .collect(Collectors.toList()),
        customer.orders().size());
  }

  /** "Zhou Ming" -> "Z*** M***"; "张伟" -> "张***". */
  public static String maskName(String name) {
    Require.notNull(name, "name");
    return java.util.Arrays.stream(name.strip().split("[\\s,\\u3000]+")).filter(w -> !w.isEmpty())
        .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)) + "***").collect(Collectors.joining(" "));
  }

  /** "EMAIL li.wei@example.com" -> "EMAIL l***@*** (verified)"; a phone shows its last two digits. */
  public static String maskContact(ContactPoint point) {
    Require.notNull(point, "contactPoint");
    String v = point.value().strip();
    String masked;
    if (point.kind() == ContactPointKind.EMAIL) {
      masked = (v.isEmpty() ? "" : v.substring(0, 1)) + "***@***";
    } else if (point.kind() == ContactPointKind.PHONE) {
      String digits = v.replaceAll("\\D", "");
      masked = "***" + (digits.length() > 4 ? digits.substring(digits.length() - 2) : "");
    } else {
      masked = CrmStyle.REDACTED;
    }
    return point.kind() + " " + masked + (point.verified() ? " (verified)" : "");
  }

  /** One line: "c-201 PERSON Z*** M***, EMAIL l***@*** (verified), 2 fact(s), 1 order(s)". */
  public String describe() {
    return id + " " + kind + " " + name + (contactPoints.isEmpty() ? "" : ", " + String.join(", ", contactPoints))
        + ", " + facts.size() + " fact(s), " + orders + " order(s)";
  }
}
