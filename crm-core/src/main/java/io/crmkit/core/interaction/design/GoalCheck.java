package io.crmkit.core.interaction.design;

/**
 * The four checks of a good interaction goal (互动目标的注意事项). The first three judge one goal on
 * its own; {@link #DIVERSE} judges the goals of a design together.
 */
public enum GoalCheck {
  /** 具体性: the goal names what is measured and the amount to reach. */
  SPECIFIC,
  /** 可实现性: the amount can be reached with the audience there is. */
  ACHIEVABLE,
  /** 时间期限: the goal has a deadline after it was set and within the planning horizon. */
  TIME_BOUND,
  /** 多样性: the design's goals do not all pursue the same thing. */
  DIVERSE
}
