package io.crmkit.core.interaction.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.interaction.ChannelCapability;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.Cost;
import io.crmkit.core.interaction.Distance;
import io.crmkit.core.interaction.ExchangeContent;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.InteractionRecorder;
import io.crmkit.core.interaction.Interactivity;
import io.crmkit.core.interaction.Medium;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.interaction.Richness;
import io.crmkit.core.interaction.Speed;
import io.crmkit.core.validation.InvalidValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The class discussion of the textbook's interaction-design section, worked as a design: the head of
 * the school drama club wants one event to reach three kinds of customer, the teachers of the student
 * affairs office (学工处的老师), potential members (潜在的团员) and the enthusiastic audience (热心的观众).
 * The event is an open rehearsal night; the design names each audience with its stage and
 * expectations, sets goals that pass the four checks, fits content to channels, mixes personal
 * channels with the event itself, and is evaluated afterwards against the interactions that carried
 * it out.
 */
class DramaClubDesignExample {
  static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");
  static final LocalDate SET_ON = LocalDate.of(2026, 9, 7);
  static final LocalDate NIGHT = LocalDate.of(2026, 10, 16);

  /** The event is a non-personal channel (事件): the performance speaks for the club. */
  static final InteractionChannel EVENT = InteractionChannel.builder().code(ChannelCode.of("event"))
      .title("Event").distance(Distance.INDIRECT).medium(Medium.NON_PERSONAL)
      .capability(ChannelCapability.of(Cost.HIGH, Speed.SLOW, Richness.VERY_RICH, Interactivity.FAIRLY_WEAK))
      .suits(EnumSet.of(Purpose.SPECIFIC_INFORMATION, Purpose.NEW_PRODUCT_NOTICE))
      .character("a happening that shows rather than tells").build();
  static final ChannelCatalogue CATALOGUE = ChannelCatalogue.standard().with(EVENT);

  // 互动对象: three audiences, each in its stage, expectations in their own terms where the club knows them
  static final InteractionObject TEACHERS = InteractionObject.of("student affairs teachers", RelationshipStage.MATURITY)
      .expecting("events that are safe and well run, and a fair return for the rooms and budget they grant",
          "to be seen as part of the club's success")
      .withSize(8);
  static final InteractionObject MEMBERS =
      InteractionObject.of("potential members", RelationshipStage.POTENTIAL_ACQUISITION).withSize(600);
  static final InteractionObject AUDIENCE =
      InteractionObject.of("enthusiastic audience", RelationshipStage.GROWTH).withSize(250);

  // 互动目标: measured, within reach, with a deadline, and different from each other
  static final InteractionGoal TEACHERS_COME = InteractionGoal.of("teachers of the office come to the night",
      GoalPurpose.DEEPEN_EXISTING, TEACHERS, Measure.people("teachers attending", 3), SET_ON, NIGHT);
  static final InteractionGoal ROOM_APPROVED = InteractionGoal.of("the spring-term rehearsal room is approved",
      GoalPurpose.DEEPEN_EXISTING, TEACHERS, Measure.count("rooms approved", 1), SET_ON, NIGHT);
  static final InteractionGoal SIGN_UPS = InteractionGoal.of("students sign up for the audition",
      GoalPurpose.ATTRACT_POTENTIAL, MEMBERS, Measure.people("audition sign-ups", 40).from(15), SET_ON, NIGHT);
  static final InteractionGoal FRIENDS = InteractionGoal.of("regulars join the friends' list",
      GoalPurpose.DEEPEN_EXISTING, AUDIENCE, Measure.people("friends' list members", 60), SET_ON, NIGHT);

  static InteractionDesign design() {
    InteractionChannel letter = CATALOGUE.channel("letter");
    InteractionChannel visit = CATALOGUE.channel("face-to-face");
    InteractionChannel website = CATALOGUE.channel("website");
    InteractionChannel email = CATALOGUE.channel("email");
    return InteractionDesign.builder().title("Open rehearsal night").startsOn(SET_ON).endsOn(NIGHT)
        .addObjects(TEACHERS, MEMBERS, AUDIENCE)
        .addGoals(TEACHERS_COME, ROOM_APPROVED, SIGN_UPS, FRIENDS)
        // 互动内容: theme from what each audience wants to know, structure, a format the channel can carry
        .addContents(new InteractionContent(TEACHERS, "what the club gives student life, and what it needs",
            List.of("how the night is kept safe and orderly", "what the club asks of the office"),
            ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.DOCUMENT, letter))
        .addContents(new InteractionContent(TEACHERS, "an invitation in person",
            List.of("whether the office will be welcomed on the night"),
            ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.DIALOGUE, visit))
        .addContents(new InteractionContent(MEMBERS, "what joining the club is like",
            List.of("which roles there are on and off stage", "how much time rehearsals take", "how to audition"),
            ContentStructure.KEY_MESSAGE_LAST, ContentFormat.SHOWCASE, EVENT))
        .addContents(new InteractionContent(MEMBERS, "the night and the audition in a few lines",
            List.of("when and where"), ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.SHORT_NOTE, website))
        .addContents(new InteractionContent(AUDIENCE, "behind the scenes of the autumn production",
            List.of("the date and how to get seats", "what happens backstage"),
            ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.SHORT_NOTE, email))
        .addContents(new InteractionContent(AUDIENCE, "the rehearsal itself",
            List.of("a glimpse of the work before the premiere"), ContentStructure.KEY_MESSAGE_LAST,
            ContentFormat.SHOWCASE, EVENT))
        // 互动渠道与频率: personal channels where a conversation helps, the event for everyone
        .addChannelPlans(new ChannelPlan(TEACHERS, letter, Frequency.once(40),
            "three weeks before the night, with the room request", "formal and kept on file, as the office works"))
        .addChannelPlans(new ChannelPlan(TEACHERS, visit, Frequency.once(40),
            "the week after the letter", "questions about safety are answered on the spot"))
        .addChannelPlans(new ChannelPlan(MEMBERS, website, Frequency.once(40),
            "from the first week of term", "freshmen look the club up before they ask anyone"))
        .addChannelPlans(new ChannelPlan(MEMBERS, EVENT, Frequency.once(40), "the night itself",
            "seeing the stage persuades more than any description"))
        .addChannelPlans(new ChannelPlan(AUDIENCE, email, Frequency.weekly(1),
            "every Friday before the night", "cheap and fast, and regulars already receive it"))
        .addChannelPlans(new ChannelPlan(AUDIENCE, EVENT, Frequency.once(40), "the night itself",
            "being let in early is the special attention a growing audience hopes for"))
        .build();
  }

  static List<Interaction> interactionsOfTheDesign(Clock clock) {
    InteractionRecorder recorder = InteractionRecorder.of(clock, CATALOGUE);
    EmployeeId head = EmployeeId.of("club-head");
    List<Interaction> done = new ArrayList<>();
    done.add(recorder.record(InteractionId.of("I-letter-1"), CustomerId.of("T-ZHANG"), ChannelCode.of("letter"),
            Initiator.COMPANY, Purpose.FULL_EXPLANATION, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .occurredAt(LocalDate.of(2026, 9, 25).atTime(LocalTime.of(10, 0)).atZone(CAMPUS)).addStaff(head).build());
    done.add(recorder.record(InteractionId.of("I-visit-1"), CustomerId.of("T-ZHANG"), ChannelCode.of("face-to-face"),
            Initiator.COMPANY, Purpose.IN_DEPTH_DISCUSSION, Set.of(ExchangeContent.OPINION_OR_SUGGESTION))
        .occurredAt(LocalDate.of(2026, 10, 2).atTime(LocalTime.of(15, 0)).atZone(CAMPUS)).addStaff(head).build());
    done.add(recorder.record(InteractionId.of("I-mail-1"), CustomerId.of("A-LIST"), ChannelCode.of("email"),
            Initiator.COMPANY, Purpose.SPECIFIC_INFORMATION, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
        .occurredAt(LocalDate.of(2026, 10, 9).atTime(LocalTime.of(18, 0)).atZone(CAMPUS)).addStaff(head).build());
    done.add(recorder.record(InteractionId.of("I-night"), CustomerId.of("A-LIST"), ChannelCode.of("event"),
            Initiator.COMPANY, Purpose.SPECIFIC_INFORMATION, Set.of(ExchangeContent.EMOTION))
        .occurredAt(NIGHT.atTime(LocalTime.of(19, 30)).atZone(CAMPUS)).addStaff(head).build());
    return done;
  }

  static final Clock AFTER_THE_NIGHT =
      Clock.fixed(LocalDate.of(2026, 10, 20).atTime(9, 0).atZone(CAMPUS).toInstant(), CAMPUS);

  @Test
  void eachAudienceCarriesTheExpectationsOfItsStageAndTheClubsOwnWords() {
    assertThat(MEMBERS.basicExpectation()).isEqualTo(RelationshipStage.POTENTIAL_ACQUISITION.basicExpectation());
    assertThat(AUDIENCE.potentialExpectation()).isEqualTo("to be valued by the company out of the ordinary");
    assertThat(TEACHERS.potentialExpectation()).isEqualTo("to be seen as part of the club's success");
    assertThat(AUDIENCE.stage().basicExpectations()).hasSize(2);
  }

  @Test
  void theWorkedDesignPassesEveryGoalCheckAndMixesPersonalChannelsWithTheEvent() {
    InteractionDesign design = design();

    DesignReview review = InteractionDesign.reviewGoals(design.goals(), GoalChecks.standard());
    assertThat(review.passed()).isTrue();
    assertThat(review.diversity().reason()).isEqualTo("4 goals over 3 audience(s) and 2 purpose(s)");
    assertThat(design.combinesMedia()).isTrue();
    assertThat(design.days()).isEqualTo(40);
    // one letter, one visit, one web page, the night for two audiences, five Friday emails
    assertThat(design.plannedOccasions()).isEqualTo(10);
    assertThat(design.channelsFor(AUDIENCE)).extracting(c -> c.code().value()).containsExactly("email", "event");
  }

  @Test
  void aVagueGoalIsReportedByTheNamesOfTheChecksItFailsAndTheDesignRefusesIt() {
    InteractionGoal vague = InteractionGoal.statedOnly("make the club better known on campus",
        GoalPurpose.ATTRACT_POTENTIAL, MEMBERS, SET_ON);
    List<InteractionGoal> draft = new ArrayList<>(design().goals());
    draft.add(vague);

    assertThat(InteractionDesign.reviewGoals(draft, GoalChecks.standard()).failures()).containsExactly(
        "goal 5 (make the club better known on campus): SPECIFIC failed: names no measure: say what is counted and "
            + "how much is to be reached",
        "goal 5 (make the club better known on campus): ACHIEVABLE failed: without a measure nobody can tell "
            + "whether it can be reached",
        "goal 5 (make the club better known on campus): TIME_BOUND failed: has no deadline");
    assertThatThrownBy(() -> InteractionDesign.builder().from(design()).addGoals(vague).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("interactionDesign.goals[4] must pass the check SPECIFIC: names no measure");
  }

  @Test
  void contentInAFormTheChannelCannotCarryIsRefusedWithTheReason() {
    assertThatThrownBy(() -> new InteractionContent(MEMBERS, "the stage", List.of("what it looks like"),
        ContentStructure.KEY_MESSAGE_LAST, ContentFormat.SHOWCASE, CATALOGUE.channel("phone")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("interactionContent.format must fit the channel phone (a showcase needs a very rich channel, "
            + "phone is NOT_RICH), was SHOWCASE");
  }

  @Test
  void theEvaluationAfterTheNightSaysWhichGoalsWereMetWhatToImproveAndWhatWasNewlyFound() {
    EffectEvaluation evaluation = EffectEvaluation.of(design(), LocalDate.of(2026, 10, 20), List.of(4, 0, 52, 41),
        List.of("the office wants a safety plan before it approves a room: send it with the letter",
            "the friends' list lay only at the exit, and most people left in a hurry"),
        List.of("several regulars offered to help backstage: volunteers are a fourth kind of customer",
            "the office asked for a recording to show on the school's open day"),
        interactionsOfTheDesign(AFTER_THE_NIGHT));

    assertThat(evaluation.met()).extracting(GoalOutcome::goal).containsExactly(TEACHERS_COME, SIGN_UPS);
    assertThat(evaluation.missed()).extracting(GoalOutcome::goal).containsExactly(ROOM_APPROVED, FRIENDS);
    assertThat(evaluation.carriedOutBy()).extracting(InteractionId::value)
        .containsExactly("I-letter-1", "I-visit-1", "I-mail-1", "I-night");
    assertThat(evaluation.describe()).startsWith("Open rehearsal night, evaluated 2026-10-20: 2 of 4 goals met\n")
        .contains("problem: the office wants a safety plan").contains("finding: several regulars offered");
  }

  @Test
  void anEvaluationLinksOnlyInteractionsThatCarriedTheDesignOutBeforeItWasMade() {
    List<Interaction> done = interactionsOfTheDesign(AFTER_THE_NIGHT);
    assertThatThrownBy(() -> EffectEvaluation.of(design(), LocalDate.of(2026, 10, 10), List.of(4, 0, 52, 41),
        List.of(), List.of(), done))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("effectEvaluation.carriedOutBy[I-night] must have taken place by the evaluation day 2026-10-10, "
            + "was 2026-10-16");
    Interaction call = InteractionRecorder.of(AFTER_THE_NIGHT, CATALOGUE).record(InteractionId.of("I-call"),
            CustomerId.of("T-ZHANG"), ChannelCode.of("phone"), Initiator.COMPANY, Purpose.FOLLOW_UP,
            Set.of(ExchangeContent.EMOTION))
        .occurredAt(LocalDate.of(2026, 10, 12).atTime(11, 0).atZone(CAMPUS)).build();
    assertThatThrownBy(() -> EffectEvaluation.of(design(), LocalDate.of(2026, 10, 20), List.of(4, 0, 52, 41),
        List.of(), List.of(), List.of(call)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("effectEvaluation.carriedOutBy[I-call] must be on a channel the design planned");
    assertThatThrownBy(() -> EffectEvaluation.of(design(), LocalDate.of(2026, 10, 20), List.of(4, 0, 52),
        List.of(), List.of(), done))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("effectEvaluation.observed must give one amount for each of the design's 4 goals, was 3");
  }
}
