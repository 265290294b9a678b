package io.crmkit.core.interaction.design;

import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.InteractionChannel;
import io.crmkit.core.interaction.Medium;
import io.crmkit.core.validation.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A designed interaction (客户互动设计): whom it addresses and what they expect (互动对象), what it should
 * achieve (互动目标), what it says (互动内容), through which channels and how often (互动渠道与频率), and
 * when it runs. After it has run, an {@link EffectEvaluation} judges it (评估互动效果).
 *
 * <p>A design is accepted only whole and sound: every goal passes the {@link GoalChecks} (each
 * failure named with its check), the goals are diverse, every audience has a goal, content and a
 * channel, and each content goes out on a channel planned for its audience. {@link #reviewGoals}
 * shows all that is wrong with a draft's goals without building it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InteractionDesign {
  /** The design's name: "Open rehearsal night". */
  public abstract String title();

  /** The first day of the interaction. */
  public abstract LocalDate startsOn();

  /** The last day of the interaction. */
  public abstract LocalDate endsOn();

  /** The audiences, each once by name. */
  public abstract List<InteractionObject> objects();

  public abstract List<InteractionGoal> goals();

  public abstract List<InteractionContent> contents();

  /** The channel mix: each audience's channels with frequency and timing. */
  public abstract List<ChannelPlan> channelPlans();

  /** The goal checks the design is held to. */
  @Value.Default
  public GoalChecks checks() {
    return GoalChecks.standard();
  }

  public static ImmutableInteractionDesign.Builder builder() {
    return ImmutableInteractionDesign.builder();
  }

  /** What is wrong with {@code goals} under {@code checks}, every failed check named; nothing is built. */
  public static DesignReview reviewGoals(List<InteractionGoal> goals, GoalChecks checks) {
    Require.notNull(checks, "checks");
    return checks.review(goals);
  }

  @Value.Check
  protected void check() {
    Require.text(title(), "interactionDesign.title");
    Require.that(!endsOn().isBefore(startsOn()), "interactionDesign.endsOn",
        "must not be before startsOn " + startsOn(), endsOn());
    Require.that(!objects().isEmpty(), "interactionDesign.objects", "must name at least one audience", 0);
    Require.distinct(objects(), InteractionObject::name, "interactionDesign.objects.name");
    DesignReview review = checks().review(goals());
    for (int i = 0; i < goals().size(); i++) {
      InteractionGoal goal = goals().get(i);
      requireObject(goal.audience(), "interactionDesign.goals[" + i + "].audience");
      for (CheckResult failed : review.goals().get(i).failures()) {
        Require.that(false, "interactionDesign.goals[" + i + "]", "must pass the check " + failed.check()
            + ": " + failed.reason(), goal.statement());
      }
    }
    Require.that(review.diversity().passed(), "interactionDesign.goals",
        "must pass the check DIVERSE: " + review.diversity().reason(), goals().size() + " goals");
    for (int i = 0; i < channelPlans().size(); i++) {
      requireObject(channelPlans().get(i).audience(), "interactionDesign.channelPlans[" + i + "].audience");
    }
    Require.distinct(channelPlans(), p -> p.audience().name() + " on " + p.channel(),
        "interactionDesign.channelPlans");
    for (int i = 0; i < contents().size(); i++) {
      InteractionContent c = contents().get(i);
      requireObject(c.audience(), "interactionDesign.contents[" + i + "].audience");
      Require.that(channelsFor(c.audience()).contains(c.channel()), "interactionDesign.contents[" + i + "].channel",
          "must be a channel planned for '" + c.audience().name() + "'", c.channel());
    }
    for (InteractionObject o : objects()) {
      Require.that(goals().stream().anyMatch(g -> g.audience().equals(o)), "interactionDesign.goals",
          "must give every audience a goal", "none for '" + o.name() + "'");
      Require.that(contents().stream().anyMatch(c -> c.audience().equals(o)), "interactionDesign.contents",
          "must give every audience content", "none for '" + o.name() + "'");
    }
  }

  private void requireObject(InteractionObject audience, String field) {
    Require.that(objects().contains(audience), field, "must be one of the design's objects", audience.name());
  }

  /** The channels planned for {@code audience}, in plan order. */
  public List<InteractionChannel> channelsFor(InteractionObject audience) {
    return channelPlans().stream().filter(p -> p.audience().equals(audience)).map(ChannelPlan::channel).toList();
  }

  /** The codes of every channel the design uses, in plan order. */
  public Set<ChannelCode> channelCodes() {
    Set<ChannelCode> codes = new LinkedHashSet<>();
    channelPlans().forEach(p -> codes.add(p.channel().code()));
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Whether the channel mix combines personal and non-personal channels (不同类型渠道的组合使用): people
   * who talk with the audience, and events, media or settings that speak for the company.
   */
  public boolean combinesMedia() {
    return channelPlans().stream().map(p -> p.channel().medium()).distinct().count() == Medium.values().length;
  }

  /** How long the interaction runs, in days, counting both ends. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(startsOn(), endsOn()) + 1;
  }

  /** The occasions the channel mix plans over the run of the design. */
  public int plannedOccasions() {
    return channelPlans().stream().mapToInt(p -> p.frequency().occasionsIn(days())).sum();
  }
}
