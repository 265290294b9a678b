package io.crmkit.core.complaint;

/** What a member of staff may do in complaint handling. */
public enum HandlerRole {
  /** Handles complaints: acknowledges, investigates, proposes and carries out remedies. */
  AGENT,
  /** Escalation: may change the handler and grant compromises. */
  SUPERVISOR
}
