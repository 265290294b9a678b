package io.crmkit.scoring.churn;

/**
 * Whether a customer has left, after the course material's two kinds of key-account churn: the
 * customer leaves altogether (客户流失), or gives up one or two products while keeping the others
 * (客户业务流失).
 */
public enum ChurnKind {
  /** The customer still uses every product it used. */
  RETAINED,
  /** The customer gave up some products but still uses others. */
  PARTIAL,
  /** The customer uses none of the company's products or services any more. */
  FULL
}
