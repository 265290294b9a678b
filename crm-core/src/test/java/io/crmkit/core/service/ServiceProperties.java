package io.crmkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service rules that hold for every request and every visitor. */
class ServiceProperties {

  @Test
  void pressingHarderNeverChangesTheAnswer() {
    qt().forAll(integers().between(0, 15), integers().between(1, 50), integers().between(1, 50))
        .checkAssert((flags, once, often) -> {
          CustomerRequest a = new CustomerRequest("a request", (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
              (flags & 8) != 0, once);
          CustomerRequest b = new CustomerRequest("a request", (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
              (flags & 8) != 0, often);
          assertThat(ServiceStance.decide(b)).isEqualTo(ServiceStance.decide(a));
        });
  }

  @Test
  void aBrowserIsSteppedUpToExactlyWhenACueSignalsInterest() {
    List<VisitorCue> browsing = List.of(VisitorCue.STROLLS_AND_LOOKS, VisitorCue.LINGERS_AT_A_PRODUCT,
        VisitorCue.PICKS_UP_A_PRODUCT, VisitorCue.LOOKS_FOR_STAFF, VisitorCue.ASKS_A_QUESTION);
    qt().forAll(lists().of(integers().between(0, browsing.size() - 1)).ofSizeBetween(1, 8)).checkAssert(picks -> {
      List<VisitorCue> cues = new ArrayList<>();
      picks.forEach(i -> cues.add(browsing.get(i)));
      FloorApproach approach = StoreFloor.approach(cues);
      assertThat(approach.purpose()).isEqualTo(VisitorPurpose.BROWSING);
      assertThat(approach.stepUp()).isEqualTo(cues.stream().anyMatch(VisitorCue::signalsInterest));
    });
  }

  @Test
  void aRequestIsAskedAtLeastOnce() {
    qt().forAll(integers().between(-100, 0), booleans().all()).checkAssert((times, flag) -> {
      try {
        new CustomerRequest("x", flag, flag, flag, flag, times);
        throw new AssertionError("accepted " + times);
      } catch (InvalidValueException e) {
        assertThat(e.getMessage()).contains("customerRequest.timesAsked");
      }
    });
  }
}
