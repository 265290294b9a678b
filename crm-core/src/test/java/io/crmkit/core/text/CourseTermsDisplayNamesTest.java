package io.crmkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.complaint.HandlingMistake;
import io.crmkit.core.complaint.Remark;
import io.crmkit.core.customer.classification.Demand;
import io.crmkit.core.customer.profile.NeedKind;
import io.crmkit.core.service.RequestOutcome;
import io.crmkit.core.service.ServiceMode;
import io.crmkit.core.service.ServiceStage;
import io.crmkit.core.service.ServiceTechnique;
import io.crmkit.core.service.VisitorCue;
import io.crmkit.core.service.VisitorPurpose;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The enums of demand, handling mistakes and service read in English and in the material's Chinese terms. */
class CourseTermsDisplayNamesTest {
  private static final List<Class<? extends Enum<?>>> TYPES = List.of(Demand.class, NeedKind.class, Remark.class,
      HandlingMistake.class, ServiceStage.class, ServiceMode.class, ServiceTechnique.class, RequestOutcome.class,
      VisitorPurpose.class, VisitorCue.class);

  @Test
  void everyConstantHasANameInBothLanguages() {
    for (Class<? extends Enum<?>> type : TYPES) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(DisplayNames.find(constant, Locale.ENGLISH)).as(DisplayNames.key(constant)).isPresent();
        assertThat(DisplayNames.find(constant, Locale.SIMPLIFIED_CHINESE)).as(DisplayNames.key(constant))
            .hasValueSatisfying(name -> assertThat(name).matches(".*\\p{IsHan}.*"));
      }
    }
  }

  @Test
  void theSeedsOwnTermsNameTheKeyConcepts() {
    assertThat(DisplayNames.of(Demand.DEAD, Locale.SIMPLIFIED_CHINESE)).startsWith("死亡客户");
    assertThat(DisplayNames.of(HandlingMistake.ENDLESS_APOLOGY, Locale.SIMPLIFIED_CHINESE)).isEqualTo("一味道歉");
    assertThat(DisplayNames.of(ServiceMode.PROACTIVE, Locale.SIMPLIFIED_CHINESE)).isEqualTo("主动服务");
    assertThat(DisplayNames.of(VisitorPurpose.BROWSING, Locale.SIMPLIFIED_CHINESE)).contains("看热闹");
  }
}
