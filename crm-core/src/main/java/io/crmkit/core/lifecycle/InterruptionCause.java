package io.crmkit.core.lifecycle;

/**
 * Why a key-account relationship was interrupted (客户关系间断的原因), after the course material:
 * internal causes, led by changes of key people, and external ones. An interruption records one or
 * more of them; {@link InterruptionAnalytics} counts them.
 */
public enum InterruptionCause {
  /** A new contact person or manager at the customer does not accept our products and service. */
  NEW_CONTACT_REJECTS_PRODUCT(CauseKind.INTERNAL, true),
  /** The relationship depended on a single contact person, who left or turned away. */
  SINGLE_CONTACT_RELIANCE(CauseKind.INTERNAL, true),
  /** Our new account manager is less able than the one before. */
  WEAKER_NEW_ACCOUNT_MANAGER(CauseKind.INTERNAL, true),
  /** The customer objected to our frequent changes of account manager. */
  FREQUENT_MANAGER_CHANGES(CauseKind.INTERNAL, true),
  /** A new contact person puts price first, or a downturn made price the first concern. */
  NEW_CONTACT_PUTS_PRICE_FIRST(CauseKind.INTERNAL, true),
  /** The two sides lack trust in each other. */
  LACK_OF_MUTUAL_TRUST(CauseKind.INTERNAL, false),
  /** Our products have quality problems. */
  PRODUCT_QUALITY(CauseKind.INTERNAL, false),
  /** Personal relations (人情关系) pulled the customer elsewhere. */
  PERSONAL_RELATIONS(CauseKind.INTERNAL, false),
  /** Financial trouble at the client, up to closing down. */
  FINANCIAL_TROUBLE(CauseKind.EXTERNAL, false),
  /** Our market position or the client's changed. */
  MARKET_POSITION_CHANGE(CauseKind.EXTERNAL, false);

  private final CauseKind kind;
  private final boolean keyPersonChange;

  InterruptionCause(CauseKind kind, boolean keyPersonChange) {
    this.kind = kind;
    this.keyPersonChange = keyPersonChange;
  }

  /** Internal or external. */
  public CauseKind kind() {
    return kind;
  }

  /** Whether the cause is a change of key people on either side (重点人员调整), the first internal cause. */
  public boolean isKeyPersonChange() {
    return keyPersonChange;
  }
}
