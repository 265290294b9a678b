package io.crmkit.core.interaction;

/** What company and customer exchange in an interaction (客户互动的内容). */
public enum ExchangeContent {
  /** Product or service information (产品/服务信息). */
  PRODUCT_SERVICE_INFORMATION,
  /** Emotion: care, thanks, goodwill (情感). */
  EMOTION,
  /** Opinions or suggestions (意见或建议). */
  OPINION_OR_SUGGESTION,
  /** Ideas and values (理念). */
  IDEA
}
