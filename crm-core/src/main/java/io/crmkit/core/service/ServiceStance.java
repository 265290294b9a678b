package io.crmkit.core.service;

import io.crmkit.core.validation.Require;

/**
 * "The customer is not God" (客户不是上帝, 003) as a rule: in attitude the customer is always treated
 * with respect; in method, right and wrong are told apart (在处理问题态度上，客户是上帝。但在处理问题的方法上，
 * 就要区分客户的对与错). A company is not a charity and cannot meet every special demand, so a
 * request is decided on what it is, never on how hard the customer presses: {@link
 * CustomerRequest#timesAsked()} is not read. In order:
 *
 * <ol>
 *   <li>a loss the customer caused is not compensated: {@link RequestOutcome#HOLD_THE_PRINCIPLE};
 *   <li>a wrong idea of the product is corrected: {@link RequestOutcome#CORRECT_WITH_FACTS};
 *   <li>what we cannot deliver is not promised: {@link RequestOutcome#RESET_THE_EXPECTATION};
 *   <li>what we can but did not promise is an extra: {@link RequestOutcome#OFFER_AS_EXTRA};
 *   <li>the rest is done: {@link RequestOutcome#GRANT}.
 * </ol>
 */
public final class ServiceStance {
  /** The attitude that goes with every outcome. */
  public static final String ATTITUDE = "courteous and respectful, whatever the answer";

  private ServiceStance() {}

  public static RequestOutcome decide(CustomerRequest request) {
    Require.notNull(request, "customerRequest");
    if (request.lossCausedByCustomer()) {
      return RequestOutcome.HOLD_THE_PRINCIPLE;
    }
    if (request.basedOnMisunderstanding()) {
      return RequestOutcome.CORRECT_WITH_FACTS;
    }
    if (!request.withinCapability()) {
      return RequestOutcome.RESET_THE_EXPECTATION;
    }
    if (!request.withinPromise()) {
      return RequestOutcome.OFFER_AS_EXTRA;
    }
    return RequestOutcome.GRANT;
  }

  /** The decision in words: the outcome, its handling if it answers an expectation problem, and the attitude. */
  public static String explain(CustomerRequest request) {
    RequestOutcome outcome = decide(request);
    return outcome + outcome.problem().map(p -> " (" + p.meaning() + "): " + p.handling()).orElse("")
        + "; attitude: " + ATTITUDE;
  }
}
