package io.crmkit.core.interaction;

/** How much information one interaction can carry (传递信息的丰富性), poorest first. */
public enum Richness {
  NOT_RICH,
  RICH,
  VERY_RICH
}
