package io.crmkit.core.customer.classification;

/**
 * The customer's demand (需求状况), one of the classification schemes of sales practice: a target
 * customer (目标客户) needs the product now, a potential customer (潜在客户) will need it later, a dead
 * customer (死亡客户) will never need it. "Dead" is a judgement somebody made and recorded with its
 * reason ({@link io.crmkit.core.customer.profile.NoNeedJudgement}); a record that simply holds no
 * need yet is {@link #UNKNOWN}, a customer not yet asked.
 */
public enum Demand {
  /** 目标客户: needs now, or within the horizon: a target for sales today. */
  TARGET,
  /** 潜在客户: needs only beyond the horizon: a future need to nurture with regular visits. */
  POTENTIAL,
  /** 死亡客户: judged, for a recorded reason, never to need what we sell. */
  DEAD,
  /** No need and no judgement recorded: find out before classifying. */
  UNKNOWN
}
