package io.crmkit.core.interaction.maintenance;

/**
 * The five steps of maintaining a relationship (客情维护的五个环节), in the order an account manager
 * takes them with each customer, round after round.
 */
public enum MaintenanceStep {
  /** 客户信息整合: gather and tidy what is known before contact, and note what to complete in it. */
  INTEGRATE_INFORMATION,
  /** 热情接触客户: the contact itself, prepared with information and an agenda the customer accepts. */
  CONTACT_WARMLY,
  /** 深度理解客户: learn the customer's business and personal concerns (商务需求和个人需求). */
  UNDERSTAND_DEEPLY,
  /** 全面帮助客户: personalised help chosen for those concerns. */
  HELP_COMPREHENSIVELY,
  /** 再次联系客户: check satisfaction, and confirm the commitments in a memo. */
  RECONTACT
}
