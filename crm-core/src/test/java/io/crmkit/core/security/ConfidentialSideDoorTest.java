package io.crmkit.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Attacks on a confidential fact by code that holds the fact but has no disclosure: every public
 * method a host can call, and equality with a fact built around a guessed value.
 */
class ConfidentialSideDoorTest {
  private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
  private static final String SECRET = "EUR 182,000.00 in a Macau casino account";

  private static ProfileFact assets(String content) {
    return ProfileFact.builder().key(FactKey.of("assets")).category(FactCategory.FINANCIAL)
        .sensitivity(Sensitivity.CONFIDENTIAL).content(content).source("statement 2025").recordedAt(T).build();
  }

  @Test
  void noPublicMethodOfAConfidentialFactReturnsItsValue() throws Exception {
    ProfileFact fact = assets(SECRET);
    for (Class<?> type = fact.getClass(); type != null; type = type.getSuperclass()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && !m.getReturnType().isPrimitive()) {
          Object result = m.invoke(fact);
          assertThat(String.valueOf(result)).as(type.getSimpleName() + "." + m.getName() + "()")
              .doesNotContain(SECRET);
        }
      }
    }
  }

  @Test
  void aGuessedValueCannotBeConfirmedByEquality() {
    ProfileFact real = assets(SECRET);
    ProfileFact rightGuess = assets(SECRET);
    ProfileFact wrongGuess = assets("EUR 1.00");
    // Whatever is guessed, equality answers the same: it reveals nothing about the content.
    assertThat(real.equals(rightGuess)).isEqualTo(real.equals(wrongGuess)).isFalse();
    assertThat(real.hashCode() == rightGuess.hashCode()).isEqualTo(real.hashCode() == wrongGuess.hashCode());
  }

  @Test
  void aFactIsEqualToItselfAndItsStoredCopy() {
    ProfileFact real = assets(SECRET);
    assertThat(real).isEqualTo(real);
  }
}
