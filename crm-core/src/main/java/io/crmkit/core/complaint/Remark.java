package io.crmkit.core.complaint;

/**
 * What a handler said or did in conversation with the complaining customer, as the handler logs it
 * or a reviewer tags it when listening to the call: the handling actions that can be recorded on a
 * complaint ({@link ComplaintStep#RECORD_REMARK}). Some are good practice, some are the classic
 * mistakes of complaint handling that the {@link HandlingReview} reports (客户投诉处理中的常见错误).
 */
public enum Remark {
  /**
   * 安抚: acknowledges the customer's feelings and regrets the trouble, without taking any blame
   * ("I understand how much this disrupted your day"). Right from the first response.
   */
  SOOTHE(false),
  /**
   * 道歉: a formal apology on the company's behalf, which takes the blame; only once the facts show
   * the complaint is valid, and once (more is 一味道歉).
   */
  APOLOGISE(false),
  /** A question that serves the facts of the complaint. */
  ASK_RELEVANT_QUESTION(false),
  /** A commitment to the customer (承诺): to call back, to send, to check. */
  PROMISE(false),
  /** A promise made earlier is kept: done, and the customer told (言出必行). */
  KEEP_PROMISE(false),
  /** 批评同事: blames or runs down a colleague or another department in front of the customer. */
  CRITICISE_COLLEAGUE(true),
  /** 与客户争吵: argues with the customer, insists on being right. */
  ARGUE(true),
  /** 教育、批评: lectures or scolds the customer. */
  LECTURE(true),
  /** 讽刺: mocks the customer. */
  MOCK(true),
  /** 怀疑: doubts the customer's account without cause. */
  DOUBT(true),
  /** 直接拒绝: says no without a reason or an alternative. */
  REFUSE_FLATLY(true),
  /** 责难客户: reproaches the customer, looks for the customer's fault. */
  BLAME_CUSTOMER(true),
  /** 问一些没有意义的问题: asks questions that do not serve the facts. */
  ASK_POINTLESS_QUESTION(true),
  /** "我不知道、不清楚": answers with "I don't know", leaving the customer without a way forward. */
  PLEAD_IGNORANCE(true);

  private final boolean mistake;

  Remark(boolean mistake) {
    this.mistake = mistake;
  }

  /** Whether saying this is in itself a handling mistake (whatever came before). */
  public boolean isMistake() {
    return mistake;
  }
}
