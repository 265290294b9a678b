package io.crmkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A megabyte of hostile text costs a short message (issue 22): the rejected value is cut, the message built lazily. */
class HostileTextTest {
  @Test
  void aRejectedValueOfAMegabyteShowsOnlyItsStartAndLength() {
    String huge = "x".repeat(1_000_000);
    assertThatThrownBy(() -> Require.that(false, "note", "must be short", huge))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("note must be short, was '" + "x".repeat(80) + "'...(1000000 characters)");
  }

  @Test
  void theExceptionsOwnConstructorCutsTheValueToo() {
    InvalidValueException e = new InvalidValueException("id", "must be short", "y".repeat(500));
    assertThat(new InvalidValueException("id", "must be short", "z".repeat(112)).rejectedValue()).hasSize(112);
    assertThat(e.rejectedValue()).isEqualTo("y".repeat(80) + "...(500 characters)");
    assertThat(e.getMessage()).isEqualTo("id must be short, was " + e.rejectedValue());
  }

  @Test
  void overLongTextIsRefusedByItsLengthBeforeItIsScanned() {
    assertThatThrownBy(() -> Require.text(" ".repeat(5_000_000), "name")).isInstanceOf(InvalidValueException.class)
        .hasMessage("name must be at most 2000 characters, was '5000000 characters'");
  }

  @Test
  void decimalTextIsReadOnlyWhenPlainAndShort() {
    assertThat(Require.decimal(" -12.50 ", "rate")).isEqualByComparingTo("-12.50");
    assertThatThrownBy(() -> Require.decimal("1e5", "rate")).isInstanceOf(InvalidValueException.class)
        .hasMessage("rate must be a plain decimal number (digits, one point, no exponent), was '1e5'");
    assertThatThrownBy(() -> Require.decimal("", "rate")).hasMessageStartingWith("rate must not be blank");
    assertThatThrownBy(() -> Require.decimal(null, "rate")).hasMessage("rate must not be null, was null");
    assertThatThrownBy(() -> Require.decimal("1".repeat(41), "rate"))
        .hasMessage("rate must be at most 40 characters, was '41 characters'");
  }
}
