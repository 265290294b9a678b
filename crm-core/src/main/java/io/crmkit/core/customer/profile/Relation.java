package io.crmkit.core.customer.profile;

/** How another customer is related to this one. Relatedness never implies access to confidential data. */
public enum Relation {
  FAMILY_MEMBER,
  SPOUSE,
  COLLEAGUE,
  EMPLOYER,
  GUARANTOR,
  OTHER
}
