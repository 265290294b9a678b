package io.crmkit.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.money.Money;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of complaint action takes exactly one step of the workflow table, the one it is named for. */
class ComplaintActionTest {

  private static final List<ComplaintAction> ONE_OF_EACH_KIND = List.of(
      new ComplaintAction.Receive(ComplaintFixtures.brokenKettle(ComplaintSeverity.values()[0])),
      new ComplaintAction.RecordFacts(Optional.empty()),
      new ComplaintAction.JudgeValid(ComplaintCause.PRODUCT_QUALITY),
      new ComplaintAction.FollowUp(4, true),
      new ComplaintAction.ChangeHandler(EmployeeId.of("em-mei")),
      new ComplaintAction.Shelve(Instant.parse("2026-03-09T09:00:00Z")),
      new ComplaintAction.Compromise(Money.of("20.00", "EUR")),
      new ComplaintAction.TagDifficultCustomer(DifficultCustomerType.LOUD),
      new ComplaintAction.RecordRemark(Remark.SOOTHE),
      ComplaintAction.of(ComplaintStep.CLOSE));

  @Test
  void everyKindOfActionTakesTheStepItIsNamedFor() {
    assertThat(ONE_OF_EACH_KIND).extracting(ComplaintAction::step).containsExactly(ComplaintStep.RECEIVE,
        ComplaintStep.RECORD_FACTS, ComplaintStep.JUDGE_VALID, ComplaintStep.FOLLOW_UP, ComplaintStep.CHANGE_HANDLER,
        ComplaintStep.SHELVE, ComplaintStep.COMPROMISE, ComplaintStep.TAG_DIFFICULT_CUSTOMER,
        ComplaintStep.RECORD_REMARK, ComplaintStep.CLOSE);
  }

  @Test
  void noKindOfActionIsLeftWithoutAStep() {
    assertThat(ONE_OF_EACH_KIND).extracting(a -> a.getClass().getSimpleName())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(ComplaintAction.class.getPermittedSubclasses())
            .map(Class::getSimpleName).toList());
  }
}
