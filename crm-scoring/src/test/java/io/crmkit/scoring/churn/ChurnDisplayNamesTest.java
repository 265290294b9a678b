package io.crmkit.scoring.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.text.DisplayNames;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The churn kinds have display names in English and in the course's Chinese terms (seed 004). */
class ChurnDisplayNamesTest {

  @Test
  void everyChurnKindHasANameInBothLanguages() {
    for (ChurnKind kind : ChurnKind.values()) {
      assertThat(DisplayNames.find(kind, Locale.ENGLISH)).isPresent();
      assertThat(DisplayNames.find(kind, Locale.SIMPLIFIED_CHINESE)).isPresent();
    }
    assertThat(DisplayNames.of(ChurnKind.FULL, Locale.SIMPLIFIED_CHINESE)).isEqualTo("客户流失");
    assertThat(DisplayNames.of(ChurnKind.PARTIAL, Locale.SIMPLIFIED_CHINESE)).isEqualTo("客户业务流失");
    assertThat(DisplayNames.of(ChurnKind.PARTIAL, Locale.ENGLISH)).isEqualTo("Partial churn");
  }
}
