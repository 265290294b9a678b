package io.crmkit.core.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.customer.CustomerGen;
import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Normalization is idempotent, and a name key ignores what people vary when writing a name. */
class NormalizationProperties {
  private final IdentityNormalizer normalizer = IdentityNormalizer.forCountryCode("86");

  @Test
  void normalizingAnEmailTwiceChangesNothing() {
    qt().forAll(CustomerGen.emails()).checkAssert(e ->
        assertThat(normalizer.email(normalizer.email(e))).isEqualTo(normalizer.email(e)));
  }

  @Test
  void normalizingAPhoneTwiceChangesNothing() {
    qt().forAll(CustomerGen.phones()).checkAssert(p ->
        assertThat(normalizer.phone(normalizer.phone(p))).isEqualTo(normalizer.phone(p)));
  }

  @Test
  void everyWayOfWritingTheSameMobileGivesOneNumber() {
    qt().forAll(CustomerGen.phones()).checkAssert(p ->
        assertThat(normalizer.phone(p)).matches("\\+8613[0-9]{9}"));
  }

  @Test
  void normalizingANameOrNameKeyTwiceChangesNothing() {
    qt().forAll(CustomerGen.names().mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 20)
        .assuming(s -> !s.isBlank() && !Normalizer.normalize(s, Normalizer.Form.NFKC)
            .replaceAll("[\\p{IsWhite_Space}\\p{Cc}]", "").isEmpty())))
        .checkAssert(n -> {
          assertThat(normalizer.name(normalizer.name(n))).isEqualTo(normalizer.name(n));
          String key = normalizer.nameKey(n);
          if (!key.isEmpty()) {
            assertThat(normalizer.nameKey(key)).isEqualTo(key);
          }
        });
  }

  @Test
  void aLatinNameKeyIgnoresCaseTokenOrderAndExtraSpace() {
    // Chinese names keep their order (family name first), so only Latin names are reordered here.
    qt().forAll(CustomerGen.latinNames()).checkAssert(n -> {
      String[] tokens = normalizer.name(n).split(" ");
      StringBuilder reversed = new StringBuilder();
      for (int i = tokens.length - 1; i >= 0; i--) {
        reversed.append("  ").append(tokens[i]);
      }
      assertThat(normalizer.nameKey(reversed.toString().toUpperCase(Locale.ROOT)))
          .isEqualTo(normalizer.nameKey(n));
    });
  }
}
