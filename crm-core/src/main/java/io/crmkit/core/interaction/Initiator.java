package io.crmkit.core.interaction;

/** The third way: who started the exchange (按照发起者). */
public enum Initiator {
  /** The company reached out (企业发起). */
  COMPANY,
  /** The customer reached out (客户发起). */
  CUSTOMER
}
