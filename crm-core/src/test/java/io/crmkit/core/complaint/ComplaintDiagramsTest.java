package io.crmkit.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The diagrams are drawn from the table the engine runs on. */
class ComplaintDiagramsTest {

  @Test
  void everyStateChangingRowOfTheTableIsAnEdgeInBothDiagrams() {
    String mermaid = ComplaintDiagrams.mermaid();
    String plantUml = ComplaintDiagrams.plantUml();
    for (Transition t : ComplaintWorkflow.transitions()) {
      if (!ComplaintDiagrams.stepsInEveryActiveState().contains(t.step()) && !t.returnsToPrevious()) {
        assertThat(mermaid).contains(t.from() + " --> " + t.to() + ": " + t.step());
        assertThat(plantUml).contains(t.from() + " --> " + t.to() + " : " + t.step());
      }
    }
    assertThat(mermaid).startsWith("stateDiagram-v2\n").contains("[*] --> RECEIVED: RECEIVE");
    assertThat(plantUml).startsWith("@startuml").endsWith("@enduml\n");
  }

  @Test
  void stepsAllowedEverywhereAreNotedOnce() {
    assertThat(ComplaintDiagrams.stepsInEveryActiveState()).contains(ComplaintStep.SHELVE,
        ComplaintStep.CHANGE_HANDLER, ComplaintStep.HOLD_PRINCIPLE).doesNotContain(ComplaintStep.CLOSE);
    assertThat(ComplaintDiagrams.mermaid()).contains("From every active state: SHELVE enters SHELVED")
        .doesNotContain("--> SHELVED");
  }
}
