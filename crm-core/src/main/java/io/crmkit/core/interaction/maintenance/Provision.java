package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.Require;

/**
 * Whether the record provides one {@link RecordItem} a step needs, and what it holds or lacks, in
 * words. A required item that is missing blocks the step; an advised one is reported and the step
 * may still be taken.
 *
 * <p>Immutable and thread-safe.
 *
 * @param item what the step needs
 * @param required whether its absence blocks the step
 * @param present whether the record provides it
 * @param detail what the record holds, or what is missing and how to get it
 */
public record Provision(RecordItem item, boolean required, boolean present, String detail) {

  /** Validates every field. */
  public Provision {
    Require.notNull(item, "provision.item");
    Require.text(detail, "provision.detail");
  }

  /** Whether this provision stops the step. */
  public boolean blocks() {
    return required && !present;
  }

  /** One line: {@code + OPEN_COMMITMENTS: 2 open} or {@code - LAST_SATISFACTION_RESULT (advised): ...}. */
  public String describe() {
    return (present ? "+ " : "- ") + item + (required ? "" : " (advised)") + ": " + detail;
  }
}
