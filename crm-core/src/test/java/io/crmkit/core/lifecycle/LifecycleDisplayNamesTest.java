package io.crmkit.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every constant of the lifecycle enums has a display name in English and in the course's Chinese. */
class LifecycleDisplayNamesTest {
  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(LifecycleStage.class, KeyAccountStage.class,
      KeyAccountMove.class, CauseKind.class, InterruptionCause.class, KeyAccountStrategy.class);

  @Test
  void bothBundlesNameEveryConstant() {
    for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
      ResourceBundle bundle = ResourceBundle.getBundle("io.crmkit.core.lifecycle.DisplayNames", locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      for (Class<? extends Enum<?>> type : ENUMS) {
        for (Enum<?> constant : type.getEnumConstants()) {
          String key = type.getSimpleName() + "." + constant.name();
          assertThat(bundle.containsKey(key)).as("%s in %s", key, locale).isTrue();
          assertThat(bundle.getString(key)).isNotBlank();
        }
      }
    }
  }

  @Test
  void theDisplayNamesAreReadThroughTheHouseLookup() {
    assertThat(io.crmkit.core.text.DisplayNames.of(KeyAccountStage.STRATEGIC_PARTNERSHIP, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("战略合作伙伴阶段");
    assertThat(io.crmkit.core.text.DisplayNames.of(LifecycleStage.DECLINE, Locale.ENGLISH)).isEqualTo("Decline");
  }

  @Test
  void theChineseNamesAreTheCoursesTerms() {
    ResourceBundle zh = ResourceBundle.getBundle("io.crmkit.core.lifecycle.DisplayNames", Locale.SIMPLIFIED_CHINESE,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    assertThat(zh.getString("LifecycleStage.GROWTH")).isEqualTo("成长期");
    assertThat(zh.getString("LifecycleStage.EXPLORATION")).isEqualTo("考察期");
    assertThat(zh.getString("KeyAccountStage.GESTATION")).isEqualTo("孕育阶段");
    assertThat(zh.getString("KeyAccountStage.INTERRUPTED")).isEqualTo("间断阶段");
    assertThat(zh.getString("CauseKind.EXTERNAL")).isEqualTo("外在原因");
  }
}
