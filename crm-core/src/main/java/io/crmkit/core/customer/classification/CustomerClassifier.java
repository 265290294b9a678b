package io.crmkit.core.customer.classification;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.profile.Need;
import io.crmkit.core.customer.profile.NoNeedJudgement;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.QuoteIntent;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Computes a {@link CustomerClassification} from the record and the clock. Its settings: the
 * importance threshold (deal volume or potential volume at or above it is IMPORTANT), the demand
 * horizon (default 3 months) and the activity window for closeness (default 12 months).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CustomerClassifier {

  /** Deal volume or potential volume from which a customer counts as important. */
  public abstract Money importanceThreshold();

  /**
   * Needs due within this horizon make the customer a TARGET (目标客户: needs now); later ones
   * POTENTIAL (潜在客户: a future need). DEAD (死亡客户) only by a recorded no-need judgement; no need
   * and no judgement is UNKNOWN.
   */
  @Value.Default
  public Period demandHorizon() {
    return Period.ofMonths(3);
  }

  /** A customer whose last order is older than this counts as CHURNED. */
  @Value.Default
  public Period activityWindow() {
    return Period.ofMonths(12);
  }

  /** A classifier with the default horizon and window. */
  public static CustomerClassifier of(Money threshold) {
    return ImmutableCustomerClassifier.builder().importanceThreshold(threshold).build();
  }

  @Value.Check
  protected void check() {
    Require.that(importanceThreshold().amount().signum() > 0, "customerClassifier.importanceThreshold",
        "must be positive", importanceThreshold());
    Require.that(!demandHorizon().isNegative() && !demandHorizon().isZero(),
        "customerClassifier.demandHorizon", "must be positive", demandHorizon());
    Require.that(!activityWindow().isNegative() && !activityWindow().isZero(),
        "customerClassifier.activityWindow", "must be positive", activityWindow());
  }

  /** Classifies {@code customer} as of today in the clock's zone. */
  public CustomerClassification classify(Customer customer, Clock clock) {
    Require.notNull(customer, "customer");
    LocalDate today = LocalDate.now(clock);
    List<String> reasons = new ArrayList<>();
    Optional<DealStatus> deal = dealStatus(customer, reasons);
    Importance importance = importance(customer, reasons);
    Optional<FollowUpUrgency> urgency = customer.nextAction().map(a -> {
      FollowUpUrgency u = FollowUpUrgency.of(a.dueOn(), today);
      reasons.add("follow-up " + u + ": next action '" + a.description() + "' due " + a.dueOn());
      return u;
    });
    Demand demand = demand(customer, today, reasons);
    Closeness closeness = closeness(customer, today, reasons);
    return ImmutableCustomerClassification.builder().customer(customer.id()).dealStatus(deal)
        .importance(importance).followUpUrgency(urgency).demand(demand).closeness(closeness)
        .reasons(reasons).build();
  }

  private static Optional<DealStatus> dealStatus(Customer customer, List<String> reasons) {
    if (!customer.orders().isEmpty()) {
      reasons.add("deal CLOSED: " + customer.orders().size() + " order(s)");
      return Optional.of(DealStatus.CLOSED);
    }
    if (customer.quotations().stream().anyMatch(q -> q.intent() == QuoteIntent.NEGOTIATION)) {
      reasons.add("deal NEGOTIATING: a quotation is under negotiation, no order yet");
      return Optional.of(DealStatus.NEGOTIATING);
    }
    if (!customer.quotations().isEmpty()) {
      reasons.add("deal POTENTIAL: only price enquiries so far");
      return Optional.of(DealStatus.POTENTIAL);
    }
    reasons.add("no deal status: neither orders nor quotations");
    return Optional.empty();
  }

  private Importance importance(Customer customer, List<String> reasons) {
    Money threshold = importanceThreshold();
    Money volume = Money.zero(threshold.currency());
    int otherCurrency = 0;
    for (Order order : customer.orders()) {
      if (order.total().currency().equals(threshold.currency())) {
        volume = volume.plus(order.total());
      } else {
        otherCurrency++;
      }
    }
    Optional<Money> potential = customer.potentialVolume()
        .filter(p -> p.currency().equals(threshold.currency()));
    boolean important = volume.isAtLeast(threshold) || potential.map(p -> p.isAtLeast(threshold)).orElse(false);
    Importance result = important ? Importance.IMPORTANT : Importance.ORDINARY;
    reasons.add("importance " + result + ": deal volume " + volume
        + potential.map(p -> ", potential volume " + p).orElse("") + " against threshold " + threshold
        + (otherCurrency > 0 ? "; " + otherCurrency + " order(s) in other currencies not counted" : ""));
    return result;
  }

  private Demand demand(Customer customer, LocalDate today, List<String> reasons) {
    LocalDate horizonEnd = today.plus(demandHorizon());
    Optional<NoNeedJudgement> judged = customer.noNeedJudgement();
    List<Need> business = customer.needs().stream().filter(Need::isBusiness).toList();
    List<Need> needs = judged.map(j -> business.stream()
        .filter(n -> !n.recordedOn().isBefore(j.judgedOn())).toList()).orElse(business);
    if (judged.isPresent() && needs.isEmpty()) {
      reasons.add("demand DEAD: judged by " + judged.get().judgedBy() + " on " + judged.get().judgedOn()
          + " never to need us: " + judged.get().reason());
      return Demand.DEAD;
    }
    String outdated = judged.map(j -> " (a need recorded since outdates the no-need judgement of "
        + j.judgedOn() + ")").orElse("");
    if (needs.isEmpty()) {
      reasons.add("demand UNKNOWN: no business need and no no-need judgement recorded; ask before classifying");
      return Demand.UNKNOWN;
    }
    Optional<Need> near = needs.stream()
        .filter(n -> n.neededBy().map(d -> !d.isAfter(horizonEnd)).orElse(true)).findFirst();
    if (near.isPresent()) {
      reasons.add("demand TARGET: needs '" + near.get().description() + "' "
          + near.get().neededBy().map(d -> "by " + d).orElse("now") + outdated);
      return Demand.TARGET;
    }
    Need first = needs.stream().min((a, b) -> a.neededBy().orElseThrow().compareTo(b.neededBy().orElseThrow()))
        .orElseThrow();
    reasons.add("demand POTENTIAL: the nearest need, '" + first.description() + "' by "
        + first.neededBy().orElseThrow() + ", lies beyond the horizon " + horizonEnd + outdated);
    return Demand.POTENTIAL;
  }

  private Closeness closeness(Customer customer, LocalDate today, List<String> reasons) {
    Optional<LocalDate> lastOrder = customer.orders().stream().map(Order::orderDate)
        .max(LocalDate::compareTo);
    if (lastOrder.isEmpty()) {
      Closeness c = customer.quotations().isEmpty() ? Closeness.NON_CUSTOMER : Closeness.POTENTIAL;
      reasons.add("closeness " + c + ": never ordered"
          + (c == Closeness.POTENTIAL ? ", but has asked for quotations" : ""));
      return c;
    }
    LocalDate windowStart = today.minus(activityWindow());
    Closeness c = lastOrder.get().isBefore(windowStart) ? Closeness.CHURNED : Closeness.CURRENT;
    reasons.add("closeness " + c + ": last order " + lastOrder.get() + ", activity window from "
        + windowStart);
    return c;
  }
}
