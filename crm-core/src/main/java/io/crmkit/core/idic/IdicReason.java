package io.crmkit.core.idic;

/**
 * What a {@link StageAssessment} says is missing and what to do next, as messages of an
 * {@link io.crmkit.core.text.Explanation}, so a host shows IDIC progress in English or Chinese.
 */
public enum IdicReason {
  /** No contact point verified. */
  NO_VERIFIED_CONTACT,
  /** An open duplicate candidate. */
  OPEN_DUPLICATE,
  /** Keep Identify done. */
  REVERIFY,
  /** Verify a contact point. */
  VERIFY_CONTACT,
  /** Resolve the duplicate. */
  RESOLVE_DUPLICATE,
  /** No value tier. */
  NO_VALUE_TIER,
  /** No personality style. */
  NO_STYLE,
  /** {0} the tier, {1} the style, as the host names them. */
  SERVE_AS,
  /** Score the value. */
  SCORE_VALUE,
  /** Record behaviour cues. */
  RECORD_CUES,
  /** {0} the plan as the host describes it. */
  CARRY_OUT_PLAN,
  /** No active treatment plan. */
  NO_PLAN,
  /** Draw up a plan. */
  DRAW_UP_PLAN,
  /** {0} the stage with no evidence source. */
  NO_SOURCE,
  /** {0} the stage, {1} its aim. */
  CONNECT_SOURCE,
  /** The aim of Identify. */
  AIM_IDENTIFY,
  /** The aim of Differentiate. */
  AIM_DIFFERENTIATE,
  /** The aim of Interact. */
  AIM_INTERACT,
  /** The aim of Customize. */
  AIM_CUSTOMIZE,
  /** {0} a text an evidence source wrote in English only. */
  AS_WRITTEN
}
