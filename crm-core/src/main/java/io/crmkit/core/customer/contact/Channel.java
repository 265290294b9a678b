package io.crmkit.core.customer.contact;

/** A channel through which the company contacts the customer (IDIC step 3, Interact, uses these). */
public enum Channel {
  PHONE_CALL,
  TEXT_MESSAGE,
  EMAIL,
  MESSAGING,
  POSTAL_MAIL,
  VISIT,
  VIDEO_CALL
}
