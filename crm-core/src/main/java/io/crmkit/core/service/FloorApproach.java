package io.crmkit.core.service;

import io.crmkit.core.validation.Require;

/**
 * How to serve a store visitor now: their purpose as the cues show it, whether to step up to them,
 * and why.
 *
 * @param purpose why the visitor came, as far as the cues show
 * @param stepUp whether the assistant should go to the visitor now (false: greet and give room)
 * @param reason the cues that decided, in words
 */
public record FloorApproach(VisitorPurpose purpose, boolean stepUp, String reason) {
  public FloorApproach {
    Require.notNull(purpose, "floorApproach.purpose");
    Require.text(reason, "floorApproach.reason");
  }

  /** The approach in words. */
  public String describe() {
    return purpose + (stepUp ? ", step up now: " : ", keep your distance: ") + reason + "; " + purpose.approach();
  }
}
