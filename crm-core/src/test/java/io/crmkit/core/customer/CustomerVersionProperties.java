package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a storage adapter relies on: bumping a version through the aggregate, and facts in a stable order. */
class CustomerVersionProperties {

  @Test
  void withVersionChangesTheVersionAndNothingElse() {
    qt().forAll(CustomerGen.customers(), longs().between(0, Long.MAX_VALUE)).checkAssert((c, v) -> {
      Customer moved = c.withVersion(v);
      assertThat(moved.version()).isEqualTo(v);
      assertThat(moved.withVersion(c.version())).isEqualTo(c);
      assertThat(moved.facts()).isEqualTo(c.facts());
      assertThat(moved.displayName()).isEqualTo(c.displayName());
    });
  }

  @Test
  void nextVersionIsWhatAStoreSavesOneAboveTheVersionRead() {
    qt().forAll(CustomerGen.customers()).checkAssert(c ->
        assertThat(c.nextVersion()).isEqualTo(c.withVersion(c.version() + 1)));
  }

  @Test
  void aNegativeVersionIsRefusedNamingTheField() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Li Wei");
    assertThatThrownBy(() -> c.withVersion(-1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("customer.version must not be negative");
  }

  @Test
  void currentFactsIterateInTheOrderEachKeyWasFirstRecordedForEqualCustomersAlike() {
    qt().forAll(CustomerGen.customers()).checkAssert(c -> {
      List<FactKey> firstSeen = new ArrayList<>();
      for (ProfileFact f : c.facts()) {
        if (!firstSeen.contains(f.key())) {
          firstSeen.add(f.key());
        }
      }
      assertThat(new ArrayList<>(c.currentFacts().keySet())).isEqualTo(firstSeen);
      Customer copy = CustomerCodec.decode(CustomerCodec.encode(c), c.version());
      assertThat(new ArrayList<>(copy.currentFacts().values())).isEqualTo(new ArrayList<>(c.currentFacts().values()));
    });
  }
}
