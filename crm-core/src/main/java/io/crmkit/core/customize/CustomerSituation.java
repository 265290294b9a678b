package io.crmkit.core.customize;

import io.crmkit.core.complaint.DifficultCustomerType;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.personality.PersonalityStyle;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What crmkit knows about one customer that a treatment playbook reads: value tier and cooperation
 * class (from crm-scoring, by name: KEY, MAJOR..., PREMIUM, NORMAL...), personality style, a
 * difficult-customer tag, satisfaction dimensions falling short, open complaints, churn signals, the
 * lifecycle and key-account stages and the relationship risks (from core.lifecycle and the customer
 * record, by name), and from the interaction record the contact due state, overdue and broken
 * promises and the preferred channel.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class CustomerSituation {
  public abstract CustomerId customer();

  /** The pyramid tier: KEY, MAJOR, ORDINARY or SMALL. */
  public abstract Optional<String> valueTier();

  /** The 1-2-3-4 class: PREMIUM, NORMAL, DEMANDING or DIFFICULT. */
  public abstract Optional<String> cooperationClass();

  public abstract Optional<PersonalityStyle> style();

  public abstract Optional<DifficultCustomerType> difficultType();

  /** Keys of service dimensions where perception falls short of expectation. */
  public abstract Set<String> satisfactionGaps();

  @Value.Default
  public int openComplaints() {
    return 0;
  }

  /** Names of the churn rules that raised a signal. */
  public abstract Set<String> churnSignals();

  /** The due state on the contact cadence (OVERDUE, DUE_TODAY, PLANNED, NOT_DUE), if known. */
  public abstract Optional<String> contactState();

  /** Promises to the customer past their due day without an outcome. */
  @Value.Default
  public int overduePromises() {
    return 0;
  }

  /** Promises to the customer that were broken. */
  @Value.Default
  public int brokenPromises() {
    return 0;
  }

  /** The customer's most preferred contact channel (PHONE_CALL, EMAIL, ...), if stated. */
  public abstract Optional<String> preferredChannel();

  /** The customer lifecycle stage, by name: EXPLORATION, GROWTH, MATURITY or DECLINE. */
  public abstract Optional<String> lifecycleStage();

  /**
   * The key-account relationship stage, by name: GESTATION, INITIAL, MIDDLE, STRATEGIC_PARTNERSHIP or
   * INTERRUPTED.
   */
  public abstract Optional<String> keyAccountStage();

  /** Names of the relationship risks the customer record reveals, e.g. SINGLE_CONTACT_PERSON. */
  public abstract Set<String> relationshipRisks();

  public static ImmutableCustomerSituation.Builder builder() {
    return ImmutableCustomerSituation.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(openComplaints() >= 0, "customerSituation.openComplaints", "must not be negative", openComplaints());
    Require.that(overduePromises() >= 0, "customerSituation.overduePromises", "must not be negative",
        overduePromises());
    Require.that(brokenPromises() >= 0, "customerSituation.brokenPromises", "must not be negative",
        brokenPromises());
  }

  /** Every fact of the situation as "name = value": what explanations may cite. */
  public List<String> facts() {
    List<String> facts = new ArrayList<>();
    valueTier().ifPresent(t -> facts.add("tier = " + t));
    cooperationClass().ifPresent(c -> facts.add("cooperation = " + c));
    style().ifPresent(s -> facts.add("style = " + s));
    difficultType().ifPresent(d -> facts.add("difficult = " + d));
    satisfactionGaps().stream().sorted().forEach(g -> facts.add("gap = " + g));
    facts.add("open-complaints = " + openComplaints());
    churnSignals().stream().sorted().forEach(c -> facts.add("churn = " + c));
    contactState().ifPresent(c -> facts.add("contact = " + c));
    if (overduePromises() > 0) {
      facts.add("overdue-promises = " + overduePromises());
    }
    if (brokenPromises() > 0) {
      facts.add("broken-promises = " + brokenPromises());
    }
    preferredChannel().ifPresent(c -> facts.add("channel = " + c));
    lifecycleStage().ifPresent(l -> facts.add("lifecycle = " + l));
    keyAccountStage().ifPresent(k -> facts.add("key-account-stage = " + k));
    relationshipRisks().stream().sorted().forEach(r -> facts.add("risk = " + r));
    return facts;
  }
}
