package io.crmkit.core.interaction.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.validation.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalChecksTest {
  private static final LocalDate SET_ON = LocalDate.of(2026, 9, 1);
  private static final InteractionObject MEMBERS =
      InteractionObject.of("potential members", RelationshipStage.POTENTIAL_ACQUISITION).withSize(400);
  private static final InteractionObject TEACHERS =
      InteractionObject.of("student affairs teachers", RelationshipStage.MATURITY).withSize(6);
  private static final GoalChecks CHECKS = GoalChecks.standard();

  @Test
  void aGoalInWordsOnlyFailsEverySingleGoalCheckAndEachFailureIsNamed() {
    GoalReview review = CHECKS.review(InteractionGoal.statedOnly("make the club better known",
        GoalPurpose.ATTRACT_POTENTIAL, MEMBERS, SET_ON));

    assertThat(review.passed()).isFalse();
    assertThat(review.failures()).extracting(CheckResult::check)
        .containsExactly(GoalCheck.SPECIFIC, GoalCheck.ACHIEVABLE, GoalCheck.TIME_BOUND);
    assertThat(review.result(GoalCheck.SPECIFIC).reason()).contains("names no measure");
    assertThat(review.result(GoalCheck.TIME_BOUND).reason()).isEqualTo("has no deadline");
  }

  @Test
  void aMeasuredGoalWithinReachAndWithADeadlinePassesAllThree() {
    GoalReview review = CHECKS.review(InteractionGoal.of("30 students sign up for the autumn audition",
        GoalPurpose.ATTRACT_POTENTIAL, MEMBERS, Measure.people("audition sign-ups", 30), SET_ON,
        SET_ON.plusDays(30)));

    assertThat(review.passed()).isTrue();
    assertThat(review.result(GoalCheck.TIME_BOUND).reason()).isEqualTo("due 2026-10-01, 30 days after it was set");
  }

  @Test
  void aTargetAskingMoreThanHalfOfTheAudienceIsNotAchievable() {
    GoalReview review = CHECKS.review(InteractionGoal.of("every teacher signs the venue request",
        GoalPurpose.DEEPEN_EXISTING, TEACHERS, Measure.people("teachers who sign", 6), SET_ON, SET_ON.plusDays(20)));

    assertThat(review.failures()).extracting(CheckResult::check).containsExactly(GoalCheck.ACHIEVABLE);
    assertThat(review.result(GoalCheck.ACHIEVABLE).reason())
        .isEqualTo("asks 6 of the 6 people of 'student affairs teachers', more than 50% of them");
  }

  @Test
  void aTargetCountingPeopleOfAnAudienceOfUnknownSizeCannotBeJudgedAchievable() {
    InteractionObject unknown = InteractionObject.of("enthusiastic audience", RelationshipStage.GROWTH);
    GoalReview review = CHECKS.review(InteractionGoal.of("fill the hall", GoalPurpose.DEEPEN_EXISTING, unknown,
        Measure.people("seats filled", 200), SET_ON, SET_ON.plusDays(40)));

    assertThat(review.result(GoalCheck.ACHIEVABLE).passed()).isFalse();
    assertThat(review.result(GoalCheck.ACHIEVABLE).reason()).contains("size of that audience is unknown");
  }

  @Test
  void aTargetMoreThanThreeTimesItsBaselineIsNotAchievable() {
    GoalReview review = CHECKS.review(InteractionGoal.of("more feedback forms", GoalPurpose.DEEPEN_EXISTING,
        InteractionObject.of("enthusiastic audience", RelationshipStage.GROWTH),
        Measure.count("feedback forms", 100).from(20), SET_ON, SET_ON.plusDays(40)));

    assertThat(review.result(GoalCheck.ACHIEVABLE).reason()).isEqualTo("asks 100 from 20 today, more than 3 times as much");
  }

  @Test
  void aDeadlineBeyondTheHorizonOrNotAfterTheStartIsNotTimeBound() {
    Measure m = Measure.people("audition sign-ups", 30);
    InteractionGoal late = InteractionGoal.of("sign-ups", GoalPurpose.ATTRACT_POTENTIAL, MEMBERS, m, SET_ON,
        SET_ON.plusDays(400));
    InteractionGoal past = InteractionGoal.of("sign-ups", GoalPurpose.ATTRACT_POTENTIAL, MEMBERS, m, SET_ON,
        SET_ON.minusDays(1));

    assertThat(CHECKS.review(late).result(GoalCheck.TIME_BOUND).reason())
        .isEqualTo("deadline is 400 days away, beyond the horizon of 365 days");
    assertThat(CHECKS.review(past).result(GoalCheck.TIME_BOUND).reason())
        .isEqualTo("deadline 2026-08-31 is not after the day it was set, 2026-09-01");
  }

  @Test
  void oneGoalAloneOrTwoGoalsCountingTheSameThingForTheSameAudienceAreNotDiverse() {
    InteractionGoal signUps = InteractionGoal.of("sign-ups", GoalPurpose.ATTRACT_POTENTIAL, MEMBERS,
        Measure.people("audition sign-ups", 30), SET_ON, SET_ON.plusDays(30));
    InteractionGoal again = InteractionGoal.of("more sign-ups", GoalPurpose.DEEPEN_EXISTING, MEMBERS,
        Measure.people("audition sign-ups", 40), SET_ON, SET_ON.plusDays(60));
    InteractionGoal approval = InteractionGoal.of("venue approved", GoalPurpose.DEEPEN_EXISTING, TEACHERS,
        Measure.count("rehearsal rooms approved", 1), SET_ON, SET_ON.plusDays(14));

    assertThat(CHECKS.diversity(List.of(signUps)).reason())
        .isEqualTo("1 goal(s): an interaction should pursue more than one aim");
    assertThat(CHECKS.diversity(List.of(signUps, again)).reason())
        .isEqualTo("goals 1 and 2 pursue the same thing for 'potential members'");
    assertThat(CHECKS.diversity(List.of(signUps, approval)).describe())
        .isEqualTo("DIVERSE passed: 2 goals over 2 audience(s) and 2 purpose(s)");
  }

  @Test
  void theBasicExpectationsOfALaterStageIncludeThoseOfEveryEarlierStage() {
    assertThat(RelationshipStage.MATURITY.basicExpectations()).containsExactly(
        RelationshipStage.POTENTIAL_ACQUISITION.basicExpectation(), RelationshipStage.GROWTH.basicExpectation(),
        RelationshipStage.MATURITY.basicExpectation());
    assertThat(RelationshipStage.POTENTIAL_ACQUISITION.basicExpectations()).hasSize(1);
  }

  @Test
  void malformedGoalsAndLimitsAreRejectedNamingFieldAndRule() {
    assertThatThrownBy(() -> Measure.people("sign-ups", 0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("measure.target must be at least 1, was 0");
    assertThatThrownBy(() -> InteractionGoal.statedOnly(" ", GoalPurpose.DEEPEN_EXISTING, MEMBERS, SET_ON))
        .isInstanceOf(InvalidValueException.class).hasMessage("interactionGoal.statement must not be blank, was ' '");
    assertThatThrownBy(() -> new GoalChecks(0, 3, 365)).isInstanceOf(InvalidValueException.class)
        .hasMessage("goalChecks.maxSharePercent must be within 1..100, was 0");
    assertThatThrownBy(() -> MEMBERS.withSize(0)).isInstanceOf(InvalidValueException.class)
        .hasMessage("interactionObject.size must be at least 1, was OptionalInt[0]");
  }
}
