package io.crmkit.core.complaint;

/**
 * Where the judgement of a complaint stands: the facts show it justified, or not, or no judgement
 * stands (not judged yet, or set aside by new facts or a reopening).
 */
public enum Judgement {
  /** No judgement stands: the facts are still to be judged. */
  PENDING,
  /** The facts show the complaint is justified. */
  VALID,
  /** The facts show it is not. */
  NOT_VALID
}
