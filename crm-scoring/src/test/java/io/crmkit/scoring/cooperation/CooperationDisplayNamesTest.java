package io.crmkit.scoring.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.text.DisplayNames;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The four kinds of the 1-2-3-4 principle read in the material's own words. */
class CooperationDisplayNamesTest {
  @Test
  void theFourKindsAndTheTermsHaveNamesInBothLanguages() {
    assertThat(DisplayNames.of(CooperationClass.PREMIUM, Locale.SIMPLIFIED_CHINESE)).isEqualTo("优质客户");
    assertThat(DisplayNames.of(CooperationClass.DEMANDING, Locale.SIMPLIFIED_CHINESE)).isEqualTo("较难缠客户");
    assertThat(DisplayNames.of(CooperationClass.DIFFICULT, Locale.ENGLISH)).isEqualTo("Difficult customer");
    for (StandardTerm t : StandardTerm.values()) {
      assertThat(DisplayNames.find(t, Locale.ENGLISH)).isPresent();
      assertThat(DisplayNames.find(t, Locale.SIMPLIFIED_CHINESE)).isPresent();
    }
  }
}
