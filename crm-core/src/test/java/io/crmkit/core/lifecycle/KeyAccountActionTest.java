package io.crmkit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.EmployeeId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of key-account action makes exactly one move of the workflow table, the one it is named for. */
class KeyAccountActionTest {

  private static final List<KeyAccountAction> ONE_OF_EACH_KIND = List.of(new KeyAccountAction.Open(1),
      new KeyAccountAction.StartCooperation(), new KeyAccountAction.Deepen(), new KeyAccountAction.BecomePartners(),
      new KeyAccountAction.Interrupt(Set.of(InterruptionCause.SINGLE_CONTACT_RELIANCE)), new KeyAccountAction.Resume(),
      new KeyAccountAction.Restart(), new KeyAccountAction.AssignManager(EmployeeId.of("am-1")),
      new KeyAccountAction.ChangeContacts(3, false));

  @Test
  void everyKindOfActionMakesTheMoveItIsNamedFor() {
    assertThat(ONE_OF_EACH_KIND).extracting(KeyAccountAction::move).containsExactly(KeyAccountMove.values());
  }

  @Test
  void noKindOfActionIsLeftWithoutAMove() {
    assertThat(ONE_OF_EACH_KIND).extracting(a -> a.getClass().getSimpleName())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(KeyAccountAction.class.getPermittedSubclasses())
            .map(Class::getSimpleName).toList());
  }
}
