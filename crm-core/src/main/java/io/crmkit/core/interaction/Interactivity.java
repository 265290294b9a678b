package io.crmkit.core.interaction;

/** How readily the two sides can answer each other on the spot (互动性), weakest first. */
public enum Interactivity {
  WEAK,
  FAIRLY_WEAK,
  FAIRLY_STRONG,
  STRONG
}
