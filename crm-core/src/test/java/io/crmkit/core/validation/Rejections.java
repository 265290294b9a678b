package io.crmkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one assertion every invalid-input property makes: the build fails naming the field and its rule. */
public final class Rejections {
  private Rejections() {}

  /** Asserts that {@code build} throws an {@link InvalidValueException} for {@code field}, message first. */
  public static void rejects(Runnable build, String field) {
    assertThatThrownBy(build::run).isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field))
        .hasMessageStartingWith(field + " ");
  }
}
