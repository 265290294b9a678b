package io.crmkit.scoring.pyramid;

/** The tiers of the customer pyramid, from the few most valuable to the many small customers. */
public enum PyramidTier {
  KEY,
  MAJOR,
  ORDINARY,
  SMALL
}
