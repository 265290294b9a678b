package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;

/**
 * Help given for one concern heard in this round (全面帮助客户: 提供个性化的服务和帮助). Help is chosen for
 * the concern, not handed out alike to everyone; the description is the customer's matter and stays
 * out of {@code toString}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param answers the concern this help answers
 * @param description what was done; confidential
 */
public record Help(Concern answers, String description) {

  /** Validates both fields. */
  public Help {
    Require.notNull(answers, "help.answers");
    Require.confidentialText(description, "help.description");
  }

  @Override
  public String toString() {
    return "Help{answers=" + answers.kind() + ", description=" + CrmStyle.REDACTED + "}";
  }
}
