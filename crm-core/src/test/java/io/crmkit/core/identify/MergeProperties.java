package io.crmkit.core.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerGen;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.ImmutableCustomer;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.core.customer.sales.Order;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A merge loses nothing: every fact, every contact, every order of both records survives. */
class MergeProperties {
  private static final Clock CLOCK = Clock.fixed(CustomerGen.NOW, ZoneOffset.UTC);
  private final IdentityNormalizer normalizer = IdentityNormalizer.forCountryCode("86");
  private final CustomerMerger merger = CustomerMerger.using(normalizer);

  private static Customer withOrderIdsPrefixed(Customer c, String prefix) {
    return ImmutableCustomer.builder().from(c).orders(c.orders().stream()
        .map(o -> Order.builder().from(o).orderId(prefix + o.orderId()).build())
        .toList()).build();
  }

  /** What a property checks of one merge: the two records as merged, and the record the merge gave. */
  @FunctionalInterface
  private interface MergeCheck {
    void check(Customer survivor, Customer absorbed, Customer merged);
  }

  /** Runs {@code check} on generated pairs of distinct customers and the record their merge gives. */
  private void forEveryMerge(MergeCheck check) {
    qt().forAll(CustomerGen.customers(), CustomerGen.customers())
        .assuming((a, b) -> !a.id().equals(b.id()))
        .checkAssert((s, a) -> {
          // Order ids are global in a host; two records of one customer never reuse an id for different orders.
          Customer survivor = withOrderIdsPrefixed(s, "s-");
          Customer absorbed = withOrderIdsPrefixed(a, "a-");
          check.check(survivor, absorbed,
              merger.merge(survivor, absorbed, java.util.Set.of(MatchKind.VERIFIED_IDENTITY), EmployeeId.of("em-1"), CLOCK));
        });
  }

  @Test
  void aMergeKeepsEveryFactOfBothRecordsWithItsProvenance() {
    forEveryMerge((survivor, absorbed, merged) -> {
      assertThat(merged.facts()).hasSize(survivor.facts().size() + absorbed.facts().size());
      assertThat(merged.facts()).containsAll(survivor.facts());
      for (ProfileFact f : absorbed.facts()) {
        assertThat(merged.facts()).contains(f.movedFrom(absorbed.id()));
      }
      assertThat(merged.merges()).last().satisfies(r -> assertThat(r.factsMoved()).isEqualTo(absorbed.facts().size()));
    });
  }

  @Test
  void aMergeKeepsEveryContactAndOrderAndAliasesTheAbsorbedId() {
    forEveryMerge((survivor, absorbed, merged) -> {
      assertThat(merged.isKnownAs(absorbed.id())).isTrue();
      assertThat(merged.orders()).containsAll(survivor.orders()).containsAll(absorbed.orders());
      List<String> mergedKeys = merged.contactPoints().stream().map(normalizer::contactKey).toList();
      assertThat(mergedKeys).doesNotHaveDuplicates();
      for (var p : survivor.contactPoints()) {
        assertThat(mergedKeys).contains(normalizer.contactKey(p));
      }
      for (var p : absorbed.contactPoints()) {
        assertThat(mergedKeys).contains(normalizer.contactKey(p));
      }
      // A contact point verified in either record is verified in the merged one.
      List<String> verified = merged.verifiedContactPoints().stream().map(normalizer::contactKey).toList();
      for (var p : survivor.verifiedContactPoints()) {
        assertThat(verified).contains(normalizer.contactKey(p));
      }
      for (var p : absorbed.verifiedContactPoints()) {
        assertThat(verified).contains(normalizer.contactKey(p));
      }
    });
  }
}
