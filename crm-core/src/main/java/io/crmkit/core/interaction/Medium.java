package io.crmkit.core.interaction;

/** The second way: whether people carry the exchange (人员互动) or media, settings and events do (非人员互动). */
public enum Medium {
  /** Phone, face-to-face, letter, website, email: a person on each side (人员互动). */
  PERSONAL,
  /** Media, environment and events speak for the company (非人员互动). */
  NON_PERSONAL
}
