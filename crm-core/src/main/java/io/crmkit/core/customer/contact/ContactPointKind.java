package io.crmkit.core.customer.contact;

/** The ways to reach a customer that a customer record keeps. */
public enum ContactPointKind {
  PHONE,
  EMAIL,
  POSTAL_ADDRESS,
  /** A handle on a messaging service (WeChat, WhatsApp, Signal...). */
  MESSAGING_HANDLE
}
