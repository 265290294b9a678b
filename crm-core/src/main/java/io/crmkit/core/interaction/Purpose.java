package io.crmkit.core.interaction;

/**
 * Why an interaction takes place. The first four are the uses the course gives the channels; the
 * rest are the account manager's contacts of the contact-cadence step.
 */
public enum Purpose {
  /** Asking about or exchanging general information (一般信息的咨询、交流). */
  GENERAL_ENQUIRY,
  /** Discussing an in-depth question (深度问题的咨询、交流). */
  IN_DEPTH_DISCUSSION,
  /** Introducing and explaining something fully, in writing (充分的介绍、解释). */
  FULL_EXPLANATION,
  /** Looking up or sending specific information (特定信息). */
  SPECIFIC_INFORMATION,
  /** The regular contact to learn how the customer is doing (了解客户近况). */
  REGULAR_CHECK_IN,
  /** A greeting on a holiday or festival (逢年过节的问候). */
  FESTIVAL_GREETING,
  /** Telling the customer about a new product (新产品通知). */
  NEW_PRODUCT_NOTICE,
  /** Coming back on an earlier contact or commitment (回访). */
  FOLLOW_UP
}
