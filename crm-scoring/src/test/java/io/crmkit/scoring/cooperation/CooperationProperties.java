package io.crmkit.scoring.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.CustomerId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A customer's 1-2-3-4 class is a function of their own behaviour, never of their rank among others. */
class CooperationProperties {

  /** Behaviour records: any subset of terms, up to 8 objections, conditions and brands. */
  static Gen<CooperationRecord> records() {
    return integers().between(0, 15).zip(integers().between(0, 8), integers().between(0, 8), integers().between(0, 8),
        (terms, objections, conditions, brands) -> {
          EnumSet<StandardTerm> accepted = EnumSet.noneOf(StandardTerm.class);
          for (StandardTerm t : StandardTerm.values()) {
            if ((terms & (1 << t.ordinal())) != 0) {
              accepted.add(t);
            }
          }
          return CooperationRecord.builder().customer(CustomerId.of("c-x")).acceptedTerms(accepted)
              .objections(objections).specialConditions(conditions).brandsCompared(brands).build();
        });
  }

  private static List<CooperationRecord> numbered(List<CooperationRecord> behaviours) {
    List<CooperationRecord> out = new ArrayList<>();
    for (int i = 0; i < behaviours.size(); i++) {
      out.add(ImmutableCooperationRecord.copyOf(behaviours.get(i)).withCustomer(CustomerId.of("c-" + i)));
    }
    return out;
  }

  @Test
  void aCustomersClassDependsOnTheirBehaviourAloneWhateverTheOthersAndTheirOrder() {
    qt().forAll(lists().of(records()).ofSizeBetween(1, 40), integers().all()).checkAssert((behaviours, seed) -> {
      List<CooperationRecord> base = numbered(behaviours);
      List<CooperationRecord> shuffled = new ArrayList<>(base);
      Collections.shuffle(shuffled, new Random(seed));
      List<CooperationRecord> alone = List.of(base.get(0));
      CooperationClassification whole = CooperationClassification.of(base);
      CooperationClassification reordered = CooperationClassification.of(shuffled);
      for (CooperationRecord r : base) {
        assertThat(reordered.classOf(r.customer())).isEqualTo(whole.classOf(r.customer()));
        assertThat(whole.classOf(r.customer())).isEqualTo(CooperationPolicy.DEFAULT.assess(r).cooperationClass());
      }
      assertThat(CooperationClassification.of(alone).classOf(base.get(0).customer()))
          .isEqualTo(whole.classOf(base.get(0).customer()));
    });
  }

  @Test
  void customersWhoBehaveAlikeShareAClass() {
    qt().forAll(records(), integers().between(1, 30)).checkAssert((behaviour, n) -> {
      CooperationClassification c = CooperationClassification.of(numbered(Collections.nCopies(n, behaviour)));
      assertThat(c.counts().values().stream().filter(k -> k > 0)).containsExactly(n);
    });
  }

  @Test
  void acceptingOneMoreStandardTermNeverWorsensTheClass() {
    qt().forAll(records(), integers().between(0, 3)).checkAssert((r, t) -> {
      StandardTerm term = StandardTerm.values()[t];
      EnumSet<StandardTerm> more = EnumSet.of(term);
      more.addAll(r.acceptedTerms());
      CooperationRecord better = ImmutableCooperationRecord.copyOf(r).withAcceptedTerms(more);
      assertThat(CooperationPolicy.DEFAULT.assess(better).cooperationClass().ordinal())
          .isLessThanOrEqualTo(CooperationPolicy.DEFAULT.assess(r).cooperationClass().ordinal());
    });
  }

  @Test
  void theObservedSharesAddUpToTheWholeBase() {
    qt().forAll(lists().of(records()).ofSizeBetween(1, 40)).checkAssert(behaviours -> {
      CooperationClassification c = CooperationClassification.of(numbered(behaviours));
      assertThat(c.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(behaviours.size());
    });
  }
}
