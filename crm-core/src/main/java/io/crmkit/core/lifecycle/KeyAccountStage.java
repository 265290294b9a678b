package io.crmkit.core.lifecycle;

/**
 * The development stages of a key-account relationship (大客户关系的发展阶段). A relationship grows
 * from gestation through the initial and middle stages to strategic partnership; it can be
 * interrupted in any of them, and resumed. The moves between stages are the rows of
 * {@link KeyAccountWorkflow}.
 */
public enum KeyAccountStage {
  /** Gestation (孕育阶段): a prospective key account is courted; first contacts, no trade yet. */
  GESTATION("a prospective key account is courted: first contacts, no trade yet"),
  /** Initial (初期阶段): the first trades; the customer tests our products and service against competitors. */
  INITIAL("the first trades: the customer tests our products and service against the competitors'"),
  /** Middle (中期阶段): regular trade; we know the customer's business and serve it as a whole. */
  MIDDLE("regular trade: we know the customer's business and serve it as a whole"),
  /** Strategic partnership (战略合作伙伴阶段): both sides run business together; the customer is a partner. */
  STRATEGIC_PARTNERSHIP("both sides run business together: the customer is a partner, not only a buyer"),
  /** Interrupted (间断阶段): trade has stopped and contact is broken; may happen in any stage. */
  INTERRUPTED("trade has stopped and contact is broken; this may happen in any stage");

  private final String meaning;

  KeyAccountStage(String meaning) {
    this.meaning = meaning;
  }

  /** What the stage means for the relationship, in a sentence. */
  public String meaning() {
    return meaning;
  }

  /** Whether the relationship is alive in this stage (every stage except INTERRUPTED). */
  public boolean isActive() {
    return this != INTERRUPTED;
  }
}
