package io.crmkit.core.complaint;

import io.crmkit.core.TestClock;

import static io.crmkit.core.complaint.ComplaintFixtures.AGENT;
import static io.crmkit.core.complaint.ComplaintFixtures.MONDAY_9AM;
import static io.crmkit.core.complaint.ComplaintFixtures.brokenKettle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.text.Words;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A handling record with no recorded mistake passes every check of the review; one mistaken remark
 * anywhere is found by exactly the check of its mistake.
 */
class HandlingReviewProperties {
  private static final List<Remark> GOOD = List.of(Remark.SOOTHE, Remark.ASK_RELEVANT_QUESTION, Remark.PROMISE);
  private static final List<Remark> MISTAKES = java.util.Arrays.stream(Remark.values()).filter(Remark::isMistake).toList();

  /** A complaint handled along the main path, {@code picks} deciding the good remarks between the steps. */
  private static Complaint handledWell(List<Integer> picks, Optional<Remark> mistake, int mistakeAt) {
    TestClock clock = new TestClock(MONDAY_9AM);
    ComplaintHandling handling = ComplaintHandling.on(clock);
    Complaint c = handling.receive(ComplaintId.of("CMP-P"), brokenKettle(ComplaintSeverity.MEDIUM), AGENT);
    boolean companyCause = picks.size() % 2 == 0;
    List<ComplaintCommand> path = List.of(ComplaintCommand.acknowledge(AGENT, "heard out"),
        ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, AGENT, "look"),
        ComplaintCommand.recordFacts(AGENT, "seal defective", Optional.empty()),
        ComplaintCommand.judgeValid(AGENT, companyCause ? ComplaintCause.PRODUCT_QUALITY : ComplaintCause.MISUSE, "judged"),
        ComplaintCommand.step(ComplaintStep.ADMIT_FAULT, AGENT, "our fault"),
        ComplaintCommand.step(ComplaintStep.PROPOSE_REMEDY, AGENT, "replacement"),
        ComplaintCommand.step(ComplaintStep.ACCEPT_REMEDY, AGENT, "accepted"),
        ComplaintCommand.step(ComplaintStep.IMPLEMENT_REMEDY, AGENT, "delivered"),
        ComplaintCommand.followUp(AGENT, 5, true, "works"));
    int open = 0;
    int gap = 0;
    for (ComplaintCommand next : path) {
      for (int k = 0; k < picks.size(); k++) {
        if (picks.get(k) % path.size() == gap) {
          Remark good = GOOD.get(picks.get(k) % GOOD.size());
          open += good == Remark.PROMISE ? 1 : 0;
          c = handling.apply(c, ComplaintCommand.remark(AGENT, good, Words.of(good)));
        }
      }
      if (mistake.isPresent() && gap == mistakeAt) {
        c = handling.apply(c, ComplaintCommand.remark(AGENT, mistake.get(), "reviewer's tag"));
      }
      if (next.step() == ComplaintStep.FOLLOW_UP) {
        for (; open > 0; open--) {
          c = handling.apply(c, ComplaintCommand.remark(AGENT, Remark.KEEP_PROMISE, "done as promised"));
        }
      }
      clock.advance(Duration.ofMinutes(7));
      c = handling.apply(c, next);
      gap++;
    }
    return handling.apply(c, ComplaintCommand.step(ComplaintStep.CLOSE, AGENT, "solved"));
  }

  @Test
  void aHandlingRecordWithNoRecordedMistakePassesEveryCheck() {
    qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 12)).checkAssert(picks -> {
      HandlingReview review = HandlingReview.of(handledWell(picks, Optional.empty(), -1));
      assertThat(review.findings()).isEmpty();
      assertThat(review.passedChecks()).hasSize(HandlingChecks.allCurrentChecks().size());
    });
  }

  @Test
  void oneMistakenRemarkAnywhereIsFoundByTheCheckOfItsMistakeAlone() {
    qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 8), integers().between(0, MISTAKES.size() - 1),
        integers().between(0, 8)).checkAssert((picks, which, at) -> {
          Remark mistake = MISTAKES.get(which);
          HandlingReview review = HandlingReview.of(handledWell(picks, Optional.of(mistake), at));
          assertThat(review.findings()).as(mistake + " at gap " + at).hasSize(1);
          assertThat(review.passedChecks()).hasSize(HandlingChecks.allCurrentChecks().size() - 1);
        });
  }
}
