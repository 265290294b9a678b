package io.crmkit.examples.tour;

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
import io.crmkit.core.interaction.design.ChannelPlan;
import io.crmkit.core.interaction.design.ContentFormat;
import io.crmkit.core.interaction.design.ContentStructure;
import io.crmkit.core.interaction.design.Frequency;
import io.crmkit.core.interaction.design.GoalPurpose;
import io.crmkit.core.interaction.design.InteractionContent;
import io.crmkit.core.interaction.design.InteractionDesign;
import io.crmkit.core.interaction.design.InteractionGoal;
import io.crmkit.core.interaction.design.InteractionObject;
import io.crmkit.core.interaction.design.Measure;
import io.crmkit.core.interaction.design.RelationshipStage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The drama-club exercise of the interaction-design section (seed 001) worked as a design, in the
 * language of a lesson's texts: one open rehearsal night for three kinds of customer, the teachers
 * of the student affairs office, potential members and the enthusiastic audience. The texts of the
 * design (audiences, goals, themes) come from the lesson's bundle, so the design itself reads in the
 * class's language.
 */
final class DramaClub {
  static final ZoneId CAMPUS = ZoneId.of("Asia/Shanghai");
  static final LocalDate STARTS = LocalDate.of(2025, 9, 8);
  static final LocalDate NIGHT = LocalDate.of(2025, 10, 17);
  static final LocalDate EVALUATED = LocalDate.of(2025, 10, 20);

  /** The event is a non-personal channel (事件): the performance speaks for the club. */
  static final InteractionChannel EVENT = InteractionChannel.builder().code(ChannelCode.of("event"))
      .title("Event").distance(Distance.INDIRECT).medium(Medium.NON_PERSONAL)
      .capability(ChannelCapability.of(Cost.HIGH, Speed.SLOW, Richness.VERY_RICH, Interactivity.FAIRLY_WEAK))
      .suits(EnumSet.of(Purpose.SPECIFIC_INFORMATION, Purpose.NEW_PRODUCT_NOTICE))
      .character("a happening that shows rather than tells").build();
  static final ChannelCatalogue CATALOGUE = ChannelCatalogue.standard().with(EVENT);

  final InteractionObject teachers;
  final InteractionObject members;
  final InteractionObject audience;
  final InteractionDesign design;
  final InteractionGoal vagueGoal;

  DramaClub(LessonText text) {
    teachers = InteractionObject.of(text.text("club.teachers"), RelationshipStage.MATURITY)
        .expecting(text.text("club.teachers.basic"), text.text("club.teachers.potential")).withSize(8);
    members = InteractionObject.of(text.text("club.members"), RelationshipStage.POTENTIAL_ACQUISITION)
        .expecting(text.text("stage.basic.POTENTIAL_ACQUISITION"), text.text("stage.potential.POTENTIAL_ACQUISITION"))
        .withSize(600);
    audience = InteractionObject.of(text.text("club.audience"), RelationshipStage.GROWTH)
        .expecting(text.text("stage.basic.GROWTH"), text.text("stage.potential.GROWTH")).withSize(250);
    vagueGoal = InteractionGoal.statedOnly(text.text("goal.vague"), GoalPurpose.ATTRACT_POTENTIAL, members, STARTS);
    InteractionChannel letter = CATALOGUE.channel("letter");
    InteractionChannel visit = CATALOGUE.channel("face-to-face");
    InteractionChannel website = CATALOGUE.channel("website");
    InteractionChannel email = CATALOGUE.channel("email");
    design = InteractionDesign.builder().title(text.text("club.title")).startsOn(STARTS).endsOn(NIGHT)
        .addObjects(teachers, members, audience)
        .addGoals(InteractionGoal.of(text.text("goal.teachers-come"), GoalPurpose.DEEPEN_EXISTING, teachers,
                Measure.people(text.text("measure.teachers-come"), 3), STARTS, NIGHT),
            InteractionGoal.of(text.text("goal.room"), GoalPurpose.DEEPEN_EXISTING, teachers,
                Measure.count(text.text("measure.room"), 1), STARTS, NIGHT),
            InteractionGoal.of(text.text("goal.sign-ups"), GoalPurpose.ATTRACT_POTENTIAL, members,
                Measure.people(text.text("measure.sign-ups"), 40).from(15), STARTS, NIGHT),
            InteractionGoal.of(text.text("goal.friends"), GoalPurpose.DEEPEN_EXISTING, audience,
                Measure.people(text.text("measure.friends"), 60), STARTS, NIGHT))
        .addContents(new InteractionContent(teachers, text.text("theme.teachers.letter"),
                List.of(text.text("wants.teachers.safety"), text.text("wants.teachers.ask")),
                ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.DOCUMENT, letter),
            new InteractionContent(teachers, text.text("theme.teachers.visit"), List.of(text.text("wants.teachers.welcome")),
                ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.DIALOGUE, visit),
            new InteractionContent(members, text.text("theme.members.night"),
                List.of(text.text("wants.members.roles"), text.text("wants.members.time"),
                    text.text("wants.members.audition")),
                ContentStructure.KEY_MESSAGE_LAST, ContentFormat.SHOWCASE, EVENT),
            new InteractionContent(members, text.text("theme.members.web"), List.of(text.text("wants.members.when")),
                ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.SHORT_NOTE, website),
            new InteractionContent(audience, text.text("theme.audience.mail"),
                List.of(text.text("wants.audience.seats"), text.text("wants.audience.backstage")),
                ContentStructure.KEY_MESSAGE_FIRST, ContentFormat.SHORT_NOTE, email),
            new InteractionContent(audience, text.text("theme.audience.night"), List.of(text.text("wants.audience.glimpse")),
                ContentStructure.KEY_MESSAGE_LAST, ContentFormat.SHOWCASE, EVENT))
        .addChannelPlans(new ChannelPlan(teachers, letter, Frequency.once(40), text.text("when.teachers.letter"),
                text.text("why.teachers.letter")),
            new ChannelPlan(teachers, visit, Frequency.once(40), text.text("when.teachers.visit"),
                text.text("why.teachers.visit")),
            new ChannelPlan(members, website, Frequency.once(40), text.text("when.members.web"),
                text.text("why.members.web")),
            new ChannelPlan(members, EVENT, Frequency.once(40), text.text("when.night"), text.text("why.members.night")),
            new ChannelPlan(audience, email, Frequency.weekly(1), text.text("when.audience.mail"),
                text.text("why.audience.mail")),
            new ChannelPlan(audience, EVENT, Frequency.once(40), text.text("when.night"), text.text("why.audience.night")))
        .build();
  }

  /** The interactions that carried the design out: the letter, the visit, a Friday email, the night. */
  static List<Interaction> interactions() {
    Clock after = Clock.fixed(EVALUATED.atTime(9, 0).atZone(CAMPUS).toInstant(), CAMPUS);
    InteractionRecorder recorder = InteractionRecorder.of(after, CATALOGUE);
    EmployeeId head = EmployeeId.of("club-head");
    return List.of(
        recorder.record(InteractionId.of("I-letter"), CustomerId.of("t-office"), ChannelCode.of("letter"),
                Initiator.COMPANY, Purpose.FULL_EXPLANATION, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
            .occurredAt(LocalDate.of(2025, 9, 26).atTime(LocalTime.of(10, 0)).atZone(CAMPUS)).addStaff(head).build(),
        recorder.record(InteractionId.of("I-visit"), CustomerId.of("t-office"), ChannelCode.of("face-to-face"),
                Initiator.COMPANY, Purpose.IN_DEPTH_DISCUSSION, Set.of(ExchangeContent.OPINION_OR_SUGGESTION))
            .occurredAt(LocalDate.of(2025, 10, 3).atTime(LocalTime.of(15, 0)).atZone(CAMPUS)).addStaff(head).build(),
        recorder.record(InteractionId.of("I-mail"), CustomerId.of("a-friends"), ChannelCode.of("email"),
                Initiator.COMPANY, Purpose.SPECIFIC_INFORMATION, Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION))
            .occurredAt(LocalDate.of(2025, 10, 10).atTime(LocalTime.of(18, 0)).atZone(CAMPUS)).addStaff(head).build(),
        recorder.record(InteractionId.of("I-night"), CustomerId.of("a-friends"), ChannelCode.of("event"),
                Initiator.COMPANY, Purpose.SPECIFIC_INFORMATION, Set.of(ExchangeContent.EMOTION))
            .occurredAt(NIGHT.atTime(LocalTime.of(19, 30)).atZone(CAMPUS)).addStaff(head).build());
  }
}
