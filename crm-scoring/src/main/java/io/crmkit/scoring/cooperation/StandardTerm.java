package io.crmkit.scoring.cooperation;

/** The terms of our standard contract a customer may accept as they are or negotiate away. */
public enum StandardTerm {
  /** The standard contract itself (合同). */
  CONTRACT,
  /** The list price and standard discounts (价格). */
  PRICE,
  /** The standard payment terms (付款方式). */
  PAYMENT,
  /** The standard service level (服务). */
  SERVICE
}
