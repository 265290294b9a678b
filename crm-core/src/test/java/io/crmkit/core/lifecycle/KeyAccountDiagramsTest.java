package io.crmkit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key-account diagrams are drawn from the table the engine runs on. */
class KeyAccountDiagramsTest {

  @Test
  void everyStageChangingRowOfTheTableIsAnEdgeInBothDiagrams() {
    String mermaid = KeyAccountDiagrams.mermaid();
    String plantUml = KeyAccountDiagrams.plantUml();
    for (KeyAccountTransition t : KeyAccountWorkflow.transitions()) {
      if (!t.staysPut() && !t.returnsToPrevious()) {
        assertThat(mermaid).contains(t.from() + " --> " + t.to() + ": " + t.move());
        assertThat(plantUml).contains(t.from() + " --> " + t.to() + " : " + t.move());
      }
    }
    assertThat(mermaid).startsWith("stateDiagram-v2\n").contains("[*] --> GESTATION: OPEN");
    assertThat(plantUml).startsWith("@startuml").endsWith("@enduml\n");
  }

  @Test
  void resumeIsDrawnBackToEveryStageAnInterruptionCanLeave() {
    String mermaid = KeyAccountDiagrams.mermaid();
    for (KeyAccountStage s : KeyAccountStage.values()) {
      if (s.isActive()) {
        assertThat(mermaid).contains(s + " --> INTERRUPTED: INTERRUPT", "INTERRUPTED --> " + s + ": RESUME");
      }
    }
    assertThat(mermaid).contains("INTERRUPTED --> GESTATION: RESTART");
  }

  @Test
  void movesAllowedInEveryStageAreNotedOnce() {
    assertThat(KeyAccountDiagrams.movesInEveryStage())
        .containsExactlyInAnyOrder(KeyAccountMove.ASSIGN_MANAGER, KeyAccountMove.CHANGE_CONTACTS);
    assertThat(KeyAccountDiagrams.mermaid()).contains("In every stage: ASSIGN_MANAGER, CHANGE_CONTACTS keep the stage")
        .doesNotContain(": ASSIGN_MANAGER\n");
  }
}
