package io.crmkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.confidentiality.DisclosureReason;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.core.validation.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An explanation is a message and its arguments; each argument renders in the sentence's language. */
class ExplanationTest {

  @Test
  void enumArgumentsReadByTheirDisplayNameInTheSameLanguage() {
    Explanation related = Explanation.of(DisclosureReason.RELATED_AS, Relation.SPOUSE);

    assertThat(related.render(Locale.ENGLISH)).isEqualTo(" (a spouse)");
    assertThat(related.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("（配偶）");
    assertThat(related).hasToString(" (a spouse)");
  }

  @Test
  void nestedExplanationsEmptyOptionalsAndListsRenderInPlace() {
    Explanation refused = Explanation.of(DisclosureReason.NO_CONSENT_REFUSED, Explanation.of(DisclosureReason.NO_CONSENT),
        "c-1", "c-2", Optional.empty(), List.of(FactCategory.FINANCIAL, FactCategory.CONTACT));

    assertThat(refused.render(Locale.ENGLISH)).isEqualTo(
        "no consent in force from customer c-1 to tell c-2 facts of category financial, contact; being related is not consent");
    assertThat(refused.render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("客户 c-1 没有有效的同意，不能把财务信息、联系信息告诉 c-2；有亲属关系不等于同意");
  }

  @Test
  void anyLanguageOtherThanChineseReadsTheEnglishBase() {
    assertThat(Explanation.of(DisclosureReason.NO_CONSENT).render(Locale.GERMAN)).isEqualTo("no consent in force");
  }

  @Test
  void aNullMessageOrArgumentIsRefusedByName() {
    assertThatThrownBy(() -> Explanation.of(null)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("explanation.message");
    assertThatThrownBy(() -> Explanation.of(DisclosureReason.NO_CONSENT, (Object) null))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("explanation.arguments[]");
  }
}
