package io.crmkit.scoring.cooperation;

import java.math.BigDecimal;

/**
 * The four kinds of customer of the 1-2-3-4 principle (一二三四原则), by how they behave in business
 * with us, each with the share the principle calls typical and its treatment. A customer's class
 * comes from their behaviour alone ({@link CooperationPolicy}); the shares describe the usual mix,
 * they are never quotas.
 */
public enum CooperationClass {
  /** 优质客户: prices, service and payment exactly by our standard contract; cooperates closely. */
  PREMIUM("0.30", "focus here: invest in the relationship and serve them best"),
  /** 正常客户: by and large our standard contract and prices; no problems of cooperation. */
  NORMAL("0.40", "focus here: serve them well and grow the business"),
  /** 较难缠客户: often objects on contract, service or price; careful, exacting. */
  DEMANDING("0.20", "work to move them to normal: communicate well, agree standard terms, reduce special handling"),
  /** 难缠客户: cumbersome demands on every term and detail, many brands compared, harsh conditions. */
  DIFFICULT("0.10", "basic service only: standard terms, no special concessions");

  private final BigDecimal typicalShare;
  private final String treatment;

  CooperationClass(String typicalShare, String treatment) {
    this.typicalShare = new BigDecimal(typicalShare);
    this.treatment = treatment;
  }

  /** The share of customers the principle calls typical for this class: 0.30, 0.40, 0.20, 0.10. */
  public BigDecimal typicalShare() {
    return typicalShare;
  }

  /** The recommended treatment. */
  public String treatment() {
    return treatment;
  }

  /** Whether the principle says to focus on this class (the first two). */
  public boolean isFocus() {
    return this == PREMIUM || this == NORMAL;
  }
}
