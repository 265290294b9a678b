package io.crmkit.core.complaint;

/** Everything a handler can do to a complaint; the {@link ComplaintWorkflow} says where each is allowed. */
public enum ComplaintStep {
  RECEIVE(HandlerRole.AGENT),
  ACKNOWLEDGE(HandlerRole.AGENT),
  START_INVESTIGATION(HandlerRole.AGENT),
  /** Records key points and facts (and the cause, once known). */
  RECORD_FACTS(HandlerRole.AGENT),
  JUDGE_VALID(HandlerRole.AGENT),
  JUDGE_NOT_VALID(HandlerRole.AGENT),
  EXPLAIN(HandlerRole.AGENT),
  /** New facts arrived for a complaint judged not valid: investigate again. */
  NEW_FACTS(HandlerRole.AGENT),
  /** Admits the company's fault to the customer: only once the facts are clear. */
  ADMIT_FAULT(HandlerRole.AGENT),
  PROPOSE_REMEDY(HandlerRole.AGENT),
  ACCEPT_REMEDY(HandlerRole.AGENT),
  DECLINE_REMEDY(HandlerRole.AGENT),
  IMPLEMENT_REMEDY(HandlerRole.AGENT),
  /** A documented attempt to reach the customer for follow-up. */
  RECORD_CONTACT_ATTEMPT(HandlerRole.AGENT),
  FOLLOW_UP(HandlerRole.AGENT),
  CLOSE(HandlerRole.AGENT),
  REOPEN(HandlerRole.AGENT),
  /** Escalation: a cooling-off period with a resume date. */
  SHELVE(HandlerRole.AGENT),
  RESUME(HandlerRole.AGENT),
  /** Escalation: hand over to another person or level. */
  CHANGE_HANDLER(HandlerRole.SUPERVISOR),
  /** Escalation: refuse an unreasonable demand, with the explanation. */
  HOLD_PRINCIPLE(HandlerRole.AGENT),
  /** Escalation: a concession, with its cost, offered as the new remedy. */
  COMPROMISE(HandlerRole.SUPERVISOR),
  /** After a declined remedy: tell the customer of other routes (ombudsman, arbitration). */
  OFFER_RECOURSE(HandlerRole.AGENT),
  /** The SLA clock pauses until the customer answers. */
  WAIT_FOR_CUSTOMER(HandlerRole.AGENT),
  CUSTOMER_RESPONDED(HandlerRole.AGENT),
  /** Tags the complaint with a difficult-customer type and its techniques. */
  TAG_DIFFICULT_CUSTOMER(HandlerRole.AGENT),
  /**
   * Records a {@link Remark}: what the handler said or did in conversation with the customer (soothe,
   * apologise, promise, keep a promise... or one of the classic mistakes), for the handling review.
   */
  RECORD_REMARK(HandlerRole.AGENT);

  private final HandlerRole requiredRole;

  ComplaintStep(HandlerRole requiredRole) {
    this.requiredRole = requiredRole;
  }

  /** The role an actor needs for this step. */
  public HandlerRole requiredRole() {
    return requiredRole;
  }
}
