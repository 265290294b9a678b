package io.crmkit.core.service;

import io.crmkit.core.text.Words;
import io.crmkit.core.validation.Require;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Serving store visitors by what they show (现场销售, 001): a visitor who names the item or goes
 * straight to it has a specific need; one who compares or asks for advice came to buy but must
 * choose; the rest are browsing. A browser is not followed like a bodyguard: the assistant greets,
 * gives room and steps up only at a signal of interest.
 */
public final class StoreFloor {
  private StoreFloor() {}

  /** The purpose the cues show. */
  public static VisitorPurpose purposeOf(List<VisitorCue> cues) {
    Require.notNull(cues, "cues");
    if (cues.contains(VisitorCue.NAMES_A_BRAND_OR_MODEL) || cues.contains(VisitorCue.GOES_STRAIGHT_TO_A_PRODUCT)) {
      return VisitorPurpose.SPECIFIC_NEED;
    }
    if (cues.contains(VisitorCue.COMPARES_PRODUCTS) || cues.contains(VisitorCue.ASKS_FOR_ADVICE)) {
      return VisitorPurpose.UNCLEAR_NEED;
    }
    return VisitorPurpose.BROWSING;
  }

  /** How to serve the visitor now, from the cues seen so far in order. */
  public static FloorApproach approach(List<VisitorCue> cues) {
    Require.notNull(cues, "cues");
    Require.that(!cues.isEmpty(), "cues", "must hold at least one cue", cues);
    VisitorPurpose purpose = purposeOf(cues);
    String seen = cues.stream().map(Words::of).collect(Collectors.joining(", "));
    if (purpose != VisitorPurpose.BROWSING) {
      return new FloorApproach(purpose, true, "came to buy (" + seen + ")");
    }
    List<VisitorCue> signals = cues.stream().filter(VisitorCue::signalsInterest).toList();
    if (!signals.isEmpty()) {
      return new FloorApproach(purpose, true, "a browser who now signals interest ("
          + signals.stream().map(Words::of).collect(Collectors.joining(", ")) + ")");
    }
    return new FloorApproach(purpose, false, "browsing (" + seen + "), no signal of interest yet");
  }
}
