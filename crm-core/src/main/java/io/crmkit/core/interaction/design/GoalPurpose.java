package io.crmkit.core.interaction.design;

/** What an interaction goal (互动目标) is for: the two aims the textbook names. */
public enum GoalPurpose {
  /** 加深与现有客户的联系: deepen the ties with existing customers. */
  DEEPEN_EXISTING,
  /** 吸引潜在的客户: attract potential customers. */
  ATTRACT_POTENTIAL
}
