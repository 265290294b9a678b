package io.crmkit.examples.tour;

import io.crmkit.core.loyalty.BehavioralLoyalty;
import io.crmkit.core.loyalty.EmotionalLoyalty;
import io.crmkit.core.loyalty.LoyaltyDiagnosis;
import io.crmkit.core.loyalty.LoyaltyRules;
import io.crmkit.core.loyalty.LoyaltyEvidence;
import io.crmkit.core.loyalty.SwitchingCost;
import io.crmkit.core.satisfaction.Capability;
import io.crmkit.core.satisfaction.CapabilityCatalogue;
import io.crmkit.core.satisfaction.CustomerMaturity;
import io.crmkit.core.satisfaction.ExpectationProblem;
import io.crmkit.core.satisfaction.Promise;
import io.crmkit.core.satisfaction.PromiseCheck;
import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.satisfaction.SatisfactionModel;
import io.crmkit.core.satisfaction.SatisfactionOutcome;
import io.crmkit.core.satisfaction.ServiceDimension;
import io.crmkit.core.satisfaction.ServiceEncounter;
import io.crmkit.core.satisfaction.DimensionSummary;
import io.crmkit.core.satisfaction.ImmutableSatisfactionModel;
import io.crmkit.core.satisfaction.SurveyMetric;
import io.crmkit.examples.report.ReportSection;
import io.crmkit.examples.report.ReportTable;
import io.crmkit.examples.report.chart.Axis;
import io.crmkit.examples.report.chart.ChartText;
import io.crmkit.examples.report.chart.GapChart;
import io.crmkit.examples.report.chart.GapDimension;
import io.crmkit.examples.report.chart.GapLegend;
import io.crmkit.examples.report.chart.ValueFormat;
import io.crmkit.core.satisfaction.SurveyReport;
import io.crmkit.core.satisfaction.SurveyResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import io.crmkit.core.money.Money;
import io.crmkit.core.satisfaction.ClaimVerdict;
import io.crmkit.core.satisfaction.CompensationClaim;
import io.crmkit.core.satisfaction.Expectation;
import io.crmkit.core.satisfaction.ExpectationProblemType;
import io.crmkit.core.satisfaction.ExpectationReview;
import io.crmkit.core.satisfaction.ImmutableExpectation;
import io.crmkit.core.satisfaction.ExpectationSource;
import io.crmkit.core.satisfaction.Likelihood;
import io.crmkit.core.satisfaction.LossCause;
import io.crmkit.examples.report.chart.Bar;
import io.crmkit.examples.report.chart.BarChart;
import io.crmkit.examples.report.chart.BarSeries;

/**
 * Satisfaction (IDIC 3, Interact) as perception against expectation, at a bank branch: the survey
 * of twelve customers per perception dimension against the tolerance zone, what to fix first, a
 * promise check that catches an over-promise before it is made, a new customer's expectations by
 * where they come from (the unreasonable one among them: compensation for a loss he caused), and why
 * satisfaction and loyalty are not the same.
 */
final class SatisfactionLesson implements Lesson {
  /** Gaps within half a point of the expectation count as "basically satisfied": the tolerance zone. */
  static final double TOLERANCE = 0.5;

  /** The customer whose expectations the lesson reviews is new to the branch. */
  static final CustomerMaturity MATURITY = CustomerMaturity.FIRST_TIME;

  private final List<SurveyResponse> survey;
  private final Function<LessonText, List<Expectation>> expectations;
  private final Function<LessonText, List<CompensationClaim>> claims;

  SatisfactionLesson() {
    this(loadSurvey());
  }

  /** A lesson on other survey answers (the tests vary them to see the takeaway follow). */
  SatisfactionLesson(List<SurveyResponse> survey) {
    this(survey, SatisfactionLesson::newCustomerExpectations, SatisfactionLesson::newCustomerClaims);
  }

  /** A lesson on other expectations and claims (a teacher changes one cause and reruns). */
  SatisfactionLesson(List<SurveyResponse> survey, Function<LessonText, List<Expectation>> expectations,
      Function<LessonText, List<CompensationClaim>> claims) {
    this.survey = List.copyOf(survey);
    this.expectations = expectations;
    this.claims = claims;
  }

  private List<Expectation> expectationsOf(LessonText text) {
    return List.copyOf(expectations.apply(text));
  }

  private List<CompensationClaim> claimsOf(LessonText text) {
    return List.copyOf(claims.apply(text));
  }

  @Override
  public String name() {
    return "satisfaction";
  }

  static SatisfactionModel model() {
    return ImmutableSatisfactionModel.copyOf(SatisfactionModel.standard(RatingScale.ONE_TO_SEVEN)
        .withWeight(ServiceDimension.RESPONSIVENESS, 2.0).withWeight(ServiceDimension.INTEGRITY, 2.0))
        .withTolerance(TOLERANCE);
  }

  @Override
  public void teach(LessonText text, ReportSection.Builder section) {
    SatisfactionModel model = model();
    SurveyReport report = model.report(model.aggregate(survey));
    section.paragraph(text.text("survey", report.responses(), LessonText.decimal(TOLERANCE, 1)));
    List<List<String>> rows = new ArrayList<>();
    List<GapDimension> dims = new ArrayList<>();
    for (DimensionSummary d : report.dimensions()) {
      String name = text.text("dimension." + d.dimension().key());
      rows.add(List.of(name, text.text("perceived." + d.dimension().key()), LessonText.decimal(d.weight(), 1), LessonText.decimal(d.meanExpectation(), 2),
          LessonText.decimal(d.meanPerception(), 2), signed(d.gap()), text.name(d.outcome())));
      dims.add(new GapDimension(name, d.meanExpectation() - TOLERANCE, d.meanExpectation() + TOLERANCE,
          d.meanPerception()));
    }
    DimensionSummary worst = report.dimensions().stream().min((a, b) -> Double.compare(a.gap(), b.gap()))
        .orElseThrow(() -> new IllegalStateException("the survey has no dimension"));
    String worstName = text.text("dimension." + worst.dimension().key());
    section.chart(new GapChart(ChartText.of(text.text("gap.title"), text.text("gap.caption", worstName,
            LessonText.decimal(-worst.gap(), 2))),
        Axis.of(text.text("gap.axis"), ValueFormat.number()).covering(1, 7), dims,
        new GapLegend(text.text("gap.zone", LessonText.decimal(TOLERANCE, 1)), text.text("gap.below"),
            text.text("gap.within"), text.text("gap.above"))));
    section.table(new ReportTable(text.text("table.caption"), List.of(text.text("col.dimension"),
        text.text("col.perceivedIn"), text.text("col.weight"), text.text("col.expected"), text.text("col.perceived"), text.text("col.gap"),
        text.text("col.outcome")), rows));
    List<String> fixFirst = report.fixFirst().stream().map(d -> text.text("dimension." + d.dimension().key())).toList();
    section.paragraph(text.text("metrics", metric(report.csat()), metric(report.nps()), metric(report.ces()),
        fixFirst.isEmpty() ? "-" : text.list(fixFirst)));

    CapabilityCatalogue branch = CapabilityCatalogue.of(
        Capability.level("loan-decision", "a decision on a personal loan", new BigDecimal("3"),
            Capability.Direction.LOWER_IS_BETTER, "working days"),
        Capability.feature("sunday-opening", "opening on Sundays", false));
    List<Promise> promises = List.of(
        Promise.ofLevel("loan-decision", text.text("promise.week"), new BigDecimal("5")),
        Promise.ofLevel("loan-decision", text.text("promise.tomorrow"), BigDecimal.ONE),
        Promise.ofFeature("sunday-opening", text.text("promise.sunday")));
    List<ExpectationProblem> over = PromiseCheck.against(branch).overPromises(promises, CustomerMaturity.FIRST_TIME);
    section.paragraph(text.text("promises.intro"));
    List<List<String>> problems = new ArrayList<>();
    for (Promise promise : promises) {
      java.util.Optional<ExpectationProblem> p = over.stream().filter(x -> x.statement().equals(promise.wording()))
          .findFirst();
      problems.add(List.of(promise.wording(), p.map(x -> text.name(x.type())).orElse(text.text("promise.safe")),
          p.map(x -> text.name(x.severity())).orElse("-"),
          p.map(x -> text.text("handling." + x.type())).orElse(text.text("handling.safe"))));
    }
    section.table(new ReportTable(text.text("promises.caption"), List.of(text.text("col.promise"),
        text.text("col.problem"), text.text("col.severity"), text.text("col.handling")), problems));

    ExpectationsFound found = expectations(text, section, branch);

    LoyaltyDiagnosis mercenary = LoyaltyRules.DEFAULT.diagnose(LoyaltyEvidence.builder()
        .behavior(BehavioralLoyalty.of(1, 40)).emotion(EmotionalLoyalty.of(8, 4))
        .satisfaction(SatisfactionOutcome.SATISFIED).alternativesAvailable(true).switchingCost(SwitchingCost.LOW)
        .build());
    LoyaltyDiagnosis hostage = LoyaltyRules.DEFAULT.diagnose(LoyaltyEvidence.builder()
        .behavior(BehavioralLoyalty.of(30, 2_900)).emotion(EmotionalLoyalty.of(3, 2))
        .satisfaction(SatisfactionOutcome.DISSATISFIED).alternativesAvailable(true).switchingCost(SwitchingCost.HIGH)
        .build());
    section.paragraph(text.text("loyalty", text.name(mercenary.quadrant()), text.name(hostage.quadrant()),
        hostage.primary().map(text::name).orElse("-")));

    section.takeaway(text.text("takeaway", text.name(report.dimensions().stream()
            .map(DimensionSummary::outcome).min(Enum::compareTo).orElseThrow()), worstName,
        LessonText.decimal(-worst.gap(), 2), over.size(), promises.size(), found.problems(), found.expectations(),
        found.declined(), found.claims()));
  }

  /** What the expectation review of the new customer found. */
  private record ExpectationsFound(int expectations, int problems, int claims, int declined) { }

  /** The new customer's expectations, from each source, and three compensation claims. */
  static List<Expectation> newCustomerExpectations(LessonText text) {
    return List.of(
        Expectation.ofLevel("loan-decision", text.text("expect.past"), new BigDecimal("2"),
            ExpectationSource.PAST_EXPERIENCE),
        Expectation.ofFeature("sunday-opening", text.text("expect.word"), ExpectationSource.WORD_OF_MOUTH),
        ImmutableExpectation.copyOf(Expectation.ofLevel("loan-decision", text.text("expect.need"),
            new BigDecimal("5"), ExpectationSource.PERSONAL_NEEDS)).withLikelihood(Likelihood.LIKELY),
        Expectation.ofLevel("loan-decision", text.text("expect.promise"), new BigDecimal("3"),
            ExpectationSource.COMPANY_PROMISES));
  }

  static List<CompensationClaim> newCustomerClaims(LessonText text) {
    return List.of(
        CompensationClaim.of(text.text("claim.own"), Money.of("25.00", "EUR"), LossCause.CUSTOMER),
        CompensationClaim.of(text.text("claim.ours"), Money.of("12.40", "EUR"), LossCause.COMPANY),
        CompensationClaim.of(text.text("claim.unclear"), Money.of("30.00", "EUR"), LossCause.UNKNOWN));
  }

  private ExpectationsFound expectations(LessonText text, ReportSection.Builder section, CapabilityCatalogue branch) {
    List<Expectation> expectations = expectationsOf(text);
    List<CompensationClaim> claims = claimsOf(text);
    ExpectationReview review = ExpectationReview.against(branch);
    List<ExpectationProblem> found = review.review(expectations, claims, MATURITY);
    section.paragraph(text.text("expect.intro", text.name(MATURITY)));
    List<List<String>> rows = new ArrayList<>();
    Map<ExpectationSource, int[]> bySource = new EnumMap<>(ExpectationSource.class);
    for (ExpectationSource source : ExpectationSource.values()) {
      bySource.put(source, new int[2]);
    }
    for (Expectation e : expectations) {
      Optional<ExpectationProblem> p = review.problemWith(e, MATURITY);
      bySource.get(e.source())[p.isPresent() ? 1 : 0]++;
      rows.add(List.of(e.statement(), text.name(e.source()), text.name(e.likelihood()),
          p.map(x -> text.name(x.type())).orElse(text.text("expect.meet")),
          p.map(x -> text.name(x.severity())).orElse("-"),
          p.map(x -> text.text("handling." + x.type())).orElse(text.text("handling.meet"))));
    }
    section.table(new ReportTable(text.text("expect.caption"), List.of(text.text("col.expectation"),
        text.text("col.source"), text.text("col.likelihood"), text.text("col.problem"), text.text("col.severity"),
        text.text("col.handling")), rows));
    List<String> categories = new ArrayList<>();
    List<Bar> meet = new ArrayList<>();
    List<Bar> manage = new ArrayList<>();
    for (Map.Entry<ExpectationSource, int[]> e : bySource.entrySet()) {
      String name = text.name(e.getKey());
      categories.add(name);
      meet.add(Bar.of(name, e.getValue()[0]));
      manage.add(Bar.of(name, e.getValue()[1]));
    }
    long problems = expectations.stream().filter(e -> review.problemWith(e, MATURITY).isPresent()).count();
    section.chart(BarChart.horizontal(ChartText.of(text.text("sources.title"), text.text("sources.caption",
            problems, expectations.size())), text.text("sources.axis"), categories,
        Axis.of(text.text("sources.count"), ValueFormat.number()), List.of(BarSeries.of(text.text("sources.meet"), meet),
            BarSeries.of(text.text("sources.manage"), manage))).stacked());

    List<List<String>> claimRows = new ArrayList<>();
    int declined = 0;
    for (CompensationClaim c : claims) {
      ClaimVerdict verdict = review.judge(c);
      declined += verdict == ClaimVerdict.DECLINE_UNREASONABLE ? 1 : 0;
      claimRows.add(List.of(c.description(), c.amount().toString(), text.name(c.lossCause()), text.name(verdict),
          text.text("verdict." + verdict)));
    }
    section.table(new ReportTable(text.text("claims.caption"), List.of(text.text("col.claim"), text.text("col.amount"),
        text.text("col.cause"), text.text("col.verdict"), text.text("col.handling")), claimRows));
    long unreasonable = found.stream().filter(p -> p.type() == ExpectationProblemType.UNREASONABLE).count();
    section.paragraph(text.text("claims.summary", unreasonable, claims.size()));
    return new ExpectationsFound(expectations.size(), (int) problems, claims.size(), declined);
  }

  private static String metric(SurveyMetric m) {
    return m.value().map(v -> LessonText.decimal(v, 1)).orElse("-") + " (n=" + m.answers() + ")";
  }

  private static String signed(double gap) {
    return (gap > 0 ? "+" : "") + LessonText.decimal(gap, 2);
  }

  static List<SurveyResponse> loadSurvey() {
    List<ServiceDimension> dims = ServiceDimension.standardFive();
    List<SurveyResponse> responses = new ArrayList<>();
    try (InputStream in = SatisfactionLesson.class.getResourceAsStream("branch-survey.csv")) {
      if (in == null) {
        throw new IllegalStateException("branch-survey.csv is missing from the tour's resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",");
        ServiceEncounter encounter = ServiceEncounter.of(dims.get(0), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
        for (int d = 1; d < dims.size(); d++) {
          encounter = encounter.with(dims.get(d), Integer.parseInt(f[1 + 2 * d]), Integer.parseInt(f[2 + 2 * d]));
        }
        responses.add(SurveyResponse.builder().encounter(encounter).csat(Integer.parseInt(f[11]))
            .likelihoodToRecommend(Integer.parseInt(f[12])).effort(Integer.parseInt(f[13])).build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tour's branch-survey.csv", e);
    }
    return responses;
  }
}
