package io.crmkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.text.DisplayNames;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every reason a row is left out has a name in English and in Simplified Chinese. */
class SparkDisplayNamesTest {
  @Test
  void everyBadRowReasonHasANameInBothLanguages() {
    for (BadRowReason reason : BadRowReason.values()) {
      assertThat(DisplayNames.find(reason, Locale.ENGLISH)).as(reason.name()).isPresent();
      assertThat(DisplayNames.find(reason, Locale.SIMPLIFIED_CHINESE)).as(reason.name()).isPresent()
          .isNotEqualTo(DisplayNames.find(reason, Locale.ENGLISH));
    }
    assertThat(DisplayNames.of(BadRowReason.NEGATIVE_AMOUNT, Locale.SIMPLIFIED_CHINESE)).isEqualTo("金额为负");
  }
}
