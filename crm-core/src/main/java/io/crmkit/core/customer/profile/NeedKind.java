package io.crmkit.core.customer.profile;

/**
 * Whose need it is: the account manager learns both from what the customer cares about
 * (客户的商务需求和个人需求). Only business needs make demand for what we sell; personal needs are
 * what makes the relationship personal (a topic in common, a service beyond the product).
 */
public enum NeedKind {
  /** 商务需求: what the customer's business (or household budget) needs from us. */
  BUSINESS,
  /** 个人需求: what the person we deal with cares about for themselves. */
  PERSONAL
}
