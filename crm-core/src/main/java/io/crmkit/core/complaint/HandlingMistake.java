package io.crmkit.core.complaint;

/**
 * The common mistakes of complaint handling that the course material lists (textbook 001,
 * 客户投诉处理中的常见错误, and the service-training notes of 003), each reported by one named check of
 * the {@link HandlingReview}.
 */
public enum HandlingMistake {
  /** 事实澄清前就承担错误: fault admitted or an apology made before the facts show the complaint valid. */
  BLAME_TAKEN_BEFORE_FACTS,
  /** 一味道歉: apologising over and over instead of solving the problem. */
  ENDLESS_APOLOGY,
  /** 批评同事: criticising colleagues in front of the customer. */
  COLLEAGUE_CRITICISED,
  /** 与客户争吵，强调自己是正确的，不承认错误: arguing, insisting on being right, not admitting a fault found. */
  ARGUED_OR_DENIED_FAULT,
  /** 教育、批评、讽刺、怀疑客户: lecturing, scolding, mocking or doubting the customer. */
  CUSTOMER_LECTURED_MOCKED_OR_DOUBTED,
  /** 直接拒绝客户: refusing without a reason, or before the facts were looked into. */
  FLAT_REFUSAL,
  /** 责难客户: reproaching the customer. */
  CUSTOMER_BLAMED,
  /** 问一些没有意义的问题，找客户的错误: pointless questions, looking for the customer's faults. */
  POINTLESS_QUESTIONS,
  /** 言行不一，缺乏诚意: a promise made and not kept by the time the complaint closed. */
  WORDS_AND_DEEDS_DIFFER,
  /** 忌諱出現“我不知道、不清楚” (003): "I don't know" instead of a way forward. */
  PLEADED_IGNORANCE
}
