package io.crmkit.core.interaction.maintenance;

/** The two kinds of concern deep understanding uncovers (商务需求和个人需求). */
public enum ConcernKind {
  /** 商务需求: what the customer's business needs. */
  BUSINESS,
  /** 个人需求: what matters to the person: career, family, interests. */
  PERSONAL
}
