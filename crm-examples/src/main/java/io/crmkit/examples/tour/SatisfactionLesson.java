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
import io.crmkit.core.satisfaction.SurveyReport;
import io.crmkit.core.satisfaction.SurveyResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 4, satisfaction as expectation versus perception, at a bank branch: the gap table of one
 * visit, a survey of twelve customers with what to fix first, a promise check that catches an
 * over-promise, and why satisfaction and loyalty are not the same.
 */
final class SatisfactionLesson implements ConsoleLesson {

  @Override
  public String title() {
    return "Satisfaction (IDIC 3, Interact): perception against expectation at a bank branch";
  }

  @Override
  public void run(PrintStream out) {
    SatisfactionModel model = SatisfactionModel.standard(RatingScale.ONE_TO_SEVEN)
        .withWeight(ServiceDimension.RESPONSIVENESS, 2.0).withWeight(ServiceDimension.INTEGRITY, 2.0);
    List<SurveyResponse> survey = loadSurvey();

    out.println("One visit (respondent r01), scored 1-7; responsiveness and integrity weigh double:");
    out.print(model.assess(survey.get(0).encounter().orElseThrow()).describe().indent(2));

    out.println("All " + survey.size() + " respondents:");
    SurveyReport report = model.report(model.aggregate(survey));
    out.print(report.describe().indent(2));

    out.println("Before promising: the branch can decide a personal loan in 3 working days and does not open "
        + "on Sundays.");
    CapabilityCatalogue branch = CapabilityCatalogue.of(
        Capability.level("loan-decision", "a decision on a personal loan", new BigDecimal("3"),
            Capability.Direction.LOWER_IS_BETTER, "working days"),
        Capability.feature("sunday-opening", "opening on Sundays", false));
    List<Promise> promises = List.of(
        Promise.ofLevel("loan-decision", "You'll have our answer within a week", new BigDecimal("5")),
        Promise.ofLevel("loan-decision", "You'll have our answer tomorrow", BigDecimal.ONE),
        Promise.ofFeature("sunday-opening", "Pop in on Sunday to sign"));
    List<ExpectationProblem> over = PromiseCheck.against(branch).overPromises(promises, CustomerMaturity.FIRST_TIME);
    for (ExpectationProblem p : over) {
      out.println("  do not promise \"" + p.statement() + "\": " + p.type() + " (" + p.reason() + "), severity "
          + p.severity() + "; instead " + p.handling());
    }
    out.println("  \"You'll have our answer within a week\" is safe: under-promise, over-deliver.");

    out.println();
    out.println("Satisfaction is not loyalty:");
    LoyaltyDiagnosis mercenary = LoyaltyRules.DEFAULT.diagnose(LoyaltyEvidence.builder()
        .behavior(BehavioralLoyalty.of(1, 40)).emotion(EmotionalLoyalty.of(8, 4))
        .satisfaction(SatisfactionOutcome.SATISFIED).alternativesAvailable(true).switchingCost(SwitchingCost.LOW)
        .build());
    LoyaltyDiagnosis hostage = LoyaltyRules.DEFAULT.diagnose(LoyaltyEvidence.builder()
        .behavior(BehavioralLoyalty.of(30, 2_900)).emotion(EmotionalLoyalty.of(3, 2))
        .satisfaction(SatisfactionOutcome.DISSATISFIED).alternativesAvailable(true).switchingCost(SwitchingCost.HIGH)
        .build());
    out.println("  a satisfied one-off buyer: " + mercenary.quadrant() + ", no loyalty to diagnose");
    out.println("  a dissatisfied customer of eight years with a mortgage here: " + hostage.quadrant() + ", "
        + hostage.primary().orElseThrow() + " (" + hostage.findings().get(0).reason() + ")");
  }

  private static List<SurveyResponse> loadSurvey() {
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
