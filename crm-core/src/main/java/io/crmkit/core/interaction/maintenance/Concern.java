package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;

/**
 * A concern of the customer heard in deep understanding (客户关注点): of the business or of the
 * person. The description is the customer's own matter and is kept out of {@code toString}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind business or personal
 * @param description what concerns the customer; confidential
 */
public record Concern(ConcernKind kind, String description) {

  /** Validates both fields; the description never reaches a message. */
  public Concern {
    Require.notNull(kind, "concern.kind");
    Require.confidentialText(description, "concern.description");
  }

  public static Concern business(String description) {
    return new Concern(ConcernKind.BUSINESS, description);
  }

  public static Concern personal(String description) {
    return new Concern(ConcernKind.PERSONAL, description);
  }

  @Override
  public String toString() {
    return "Concern{kind=" + kind + ", description=" + CrmStyle.REDACTED + "}";
  }
}
