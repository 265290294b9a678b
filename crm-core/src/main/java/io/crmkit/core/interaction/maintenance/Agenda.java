package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.Optional;

/**
 * The agenda of a warm contact (议程的准备 and 提出议程): the purpose, the points with their planned
 * time, what the agenda is worth to the customer (说明议程对客户的价值, if there is something to say),
 * and whether the customer accepted it (询问客户是否接受), which hands the account manager the lead of
 * the conversation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param purpose why the visit is made
 * @param items the points, at least one
 * @param valueToCustomer what the customer gains from it, when there is something to say
 * @param acceptedByCustomer whether the customer accepted the agenda
 */
public record Agenda(String purpose, List<AgendaItem> items, Optional<String> valueToCustomer,
    boolean acceptedByCustomer) {

  /** Validates and copies. */
  public Agenda {
    Require.text(purpose, "agenda.purpose");
    Require.notNull(items, "agenda.items");
    Require.that(!items.isEmpty(), "agenda.items", "must hold at least one point", items.size());
    items = List.copyOf(items);
    Require.distinct(items, AgendaItem::topic, "agenda.items.topic");
    Require.notNull(valueToCustomer, "agenda.valueToCustomer");
    valueToCustomer.ifPresent(v -> Require.text(v, "agenda.valueToCustomer"));
  }

  /** The minutes the agenda plans in all: the customer's time the visit asks for. */
  public int plannedMinutes() {
    return items.stream().mapToInt(AgendaItem::minutes).sum();
  }

  /** Counts and minutes only: purpose, topics and value may touch the customer's affairs. */
  @Override
  public String toString() {
    return "Agenda{items=" + items.size() + ", minutes=" + plannedMinutes() + ", purpose=" + CrmStyle.REDACTED
        + ", acceptedByCustomer=" + acceptedByCustomer + "}";
  }
}
