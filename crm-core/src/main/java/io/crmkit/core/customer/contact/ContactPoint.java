package io.crmkit.core.customer.contact;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One way to reach the customer, and whether it has been verified (a reply came, a call went
 * through). Identification (IDIC step 1) counts a customer as identified only with at least one
 * verified contact point.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ContactPoint {

  public abstract ContactPointKind kind();

  /** The address, number or handle as the customer gave it (normalize with the identify package). */
  // Personal: an email or a phone number stays out of toString.
  @Value.Redacted
  public abstract String value();

  /** Whether the contact point is known to reach the customer. */
  @Value.Default
  public boolean verified() {
    return false;
  }

  /** An optional label: "work", "home", "assistant". */
  public abstract Optional<String> label();

  /** An unverified contact point. */
  public static ContactPoint of(ContactPointKind kind, String value) {
    return ImmutableContactPoint.builder().kind(kind).value(value).build();
  }

  /** A verified contact point. */
  public static ContactPoint verified(ContactPointKind kind, String value) {
    return ImmutableContactPoint.builder().kind(kind).value(value).verified(true).build();
  }

  /**
   * An email address written with full-width characters ({@code ｌｉ＠example.com}, as an IME types
   * it) is stored in its NFKC form ({@code li@example.com}), as the identify normaliser reads it,
   * rather than refused.
   */
  @Value.Check
  protected ContactPoint normalized() {
    if (kind() == ContactPointKind.EMAIL && value() != null && value().length() <= Require.MAX_TEXT_LENGTH
        && !value().chars().allMatch(c -> c < 0x80)) {
      String nfkc = java.text.Normalizer.normalize(value(), java.text.Normalizer.Form.NFKC).strip();
      if (!nfkc.equals(value())) {
        return ImmutableContactPoint.copyOf(this).withValue(nfkc);
      }
    }
    check();
    return this;
  }

  private void check() {
    // Personal data: a rejected email or phone is masked in the message.
    Require.confidentialText(value(), "contactPoint.value");
    label().ifPresent(l -> Require.text(l, "contactPoint.label"));
    switch (kind()) {
      case EMAIL -> {
        int at = value().indexOf('@');
        Require.thatConfidential(at > 0 && at == value().lastIndexOf('@') && at < value().trim().length() - 1,
            "contactPoint.value", "must be an email address with one @ between a local part and a domain");
      }
      case PHONE -> Require.thatConfidential(
          value().chars().filter(Character::isDigit).count() >= 3, "contactPoint.value",
          "must be a phone number with at least 3 digits");
      default -> { }
    }
  }

  /** This contact point marked as verified. */
  public ContactPoint asVerified() {
    return ImmutableContactPoint.copyOf(this).withVerified(true);
  }
}
