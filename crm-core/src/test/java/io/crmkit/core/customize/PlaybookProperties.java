package io.crmkit.core.customize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.complaint.DifficultCustomerType;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.personality.PersonalityStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The playbook never recommends what its preconditions rule out, and cites only facts it was given. */
class PlaybookProperties {
  private static final Playbook DEFAULTS = Playbook.defaults();

  private static <T> Gen<Optional<T>> maybe(List<T> values) {
    return arbitrary().pick(values).toOptionals(30);
  }

  private static Gen<CustomerSituation> situations() {
    Gen<Set<String>> gaps = lists().of(arbitrary().pick(List.of("responsiveness", "integrity", "image")))
        .ofSizeBetween(0, 2).map(Set::copyOf);
    Gen<Set<String>> churn = lists().of(arbitrary().pick(List.of("overdue", "falling-spend", "partial-churn")))
        .ofSizeBetween(0, 2).map(Set::copyOf);
    return maybe(List.of("KEY", "MAJOR", "ORDINARY", "SMALL")).zip(
        maybe(List.of("PREMIUM", "NORMAL", "DEMANDING", "DIFFICULT")),
        maybe(List.of(PersonalityStyle.values())), maybe(List.of(DifficultCustomerType.values())),
        (tier, coop, style, difficult) -> CustomerSituation.builder().customer(CustomerId.of("c-1")).valueTier(tier)
            .cooperationClass(coop).style(style).difficultType(difficult))
        .zip(gaps, churn, integers().between(0, 3), (b, g, c, open) ->
            b.satisfactionGaps(g).churnSignals(c).openComplaints(open).build());
  }

  @Test
  void everyRecommendationsPreconditionsHold() {
    qt().forAll(situations()).checkAssert(s -> {
      for (Recommendation r : DEFAULTS.recommend(s).recommendations()) {
        PlaybookRule rule = DEFAULTS.rules().stream().filter(x -> x.name().equals(r.rule())).findFirst().orElseThrow();
        assertThat(rule.applies(s)).isTrue();
      }
    });
  }

  @Test
  void explanationsCiteOnlyFactsOfTheSituation() {
    qt().forAll(situations()).checkAssert(s -> {
      for (Recommendation r : DEFAULTS.recommend(s).recommendations()) {
        assertThat(r.because()).isNotEmpty();
        assertThat(s.facts()).containsAll(r.because());
      }
    });
  }

  @Test
  void atMostOneRuleFiresPerGroupAndEveryApplicableRuleIsEitherRecommendedOrReported() {
    qt().forAll(situations()).checkAssert(s -> {
      TreatmentPlan plan = DEFAULTS.recommend(s);
      List<String> fired = plan.recommendations().stream().map(Recommendation::rule).toList();
      for (PlaybookRule rule : DEFAULTS.rules()) {
        if (rule.applies(s)) {
          assertThat(fired.contains(rule.name()) || plan.resolutions().stream()
              .anyMatch(x -> x.contains("overrides " + rule.name() + " "))).isTrue();
        } else {
          assertThat(fired).doesNotContain(rule.name());
        }
      }
      List<String> groups = DEFAULTS.rules().stream().filter(r -> fired.contains(r.name()))
          .flatMap(r -> r.group().stream()).toList();
      assertThat(groups).doesNotHaveDuplicates();
    });
  }
}
