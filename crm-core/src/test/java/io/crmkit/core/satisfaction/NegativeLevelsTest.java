package io.crmkit.core.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Levels are amounts of service (days, hours, percent): a negative one is a mistake, refused by name. */
class NegativeLevelsTest {
  @Test
  void aPromiseOfANegativeLevelIsRefused() {
    assertThatThrownBy(() -> Promise.ofLevel("delivery-days", "delivered in -2 days", new BigDecimal("-2")))
        .isInstanceOf(InvalidValueException.class).hasMessage("promise.promisedLevel must not be negative, was '-2'");
  }

  @Test
  void aCapabilityOfANegativeLevelIsRefused() {
    assertThatThrownBy(() -> Capability.level("delivery-days", "Delivery time", new BigDecimal("-1"),
        Capability.Direction.LOWER_IS_BETTER, "working days")).isInstanceOf(InvalidValueException.class)
        .hasMessage("capability.deliverableLevel must not be negative, was '-1'");
  }

  @Test
  void aFullWidthEmailIsNormalisedNotRefused() {
    ContactPoint p = ContactPoint.of(ContactPointKind.EMAIL, "ｌｉ．ｗｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ");
    assertThat(p.value()).isEqualTo("li.wei@example.com");
    assertThatThrownBy(() -> ContactPoint.of(ContactPointKind.EMAIL, "no-at-sign"))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("contactPoint.value must be an email");
  }
}
