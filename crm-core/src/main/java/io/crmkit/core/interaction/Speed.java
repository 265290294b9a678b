package io.crmkit.core.interaction;

/** How fast a message reaches the other side (速度), slowest first. */
public enum Speed {
  SLOW,
  SLIGHTLY_SLOW,
  FAST,
  VERY_FAST
}
