package io.crmkit.core.rule;

import io.crmkit.core.validation.Require;
import java.util.Optional;

/**
 * The skeleton every workflow guard shares (complaint handling, key accounts, the maintenance
 * cycle): a {@link NamedRule} that looks at where the case stands, the step asked for and its
 * context (the time, the customer record) and either says why the step must not be taken now or
 * has nothing against it. A family declares its guard interface and one small subclass of this
 * base; each of its rules is then a name and a method with a plain {@code if}:
 *
 * <pre>{@code
 * static final ComplaintGuard FACTS_BEFORE_JUDGEMENT = new Guard("facts-before-judgement", ComplaintGuards::factsFirst);
 *
 * private static Optional<String> factsFirst(Complaint complaint, ComplaintCommand command, Instant now) {
 *   if (NEED_FACTS.contains(command.step()) && !complaint.status().factsRecorded()) {
 *     return refuse("record the key points and facts first");
 *   }
 *   return allow();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe as long as the decision is.
 *
 * @param <S> where the case stands (a complaint, an account, a cycle's status)
 * @param <C> the step asked for (a command or an action)
 * @param <X> the context the rule may need (the current instant, the customer record)
 */
public abstract class StepGuard<S, C, X> extends NamedRule {

  /** How one guard decides: why the step must not be taken now, or empty. */
  @FunctionalInterface
  public interface Decision<S, C, X> {
    /** Why {@code step} must not be taken on {@code state} now; empty when the rule has nothing against it. */
    Optional<String> refusal(S state, C step, X context);
  }

  private final Decision<S, C, X> decision;

  /**
   * @param name the rule's name, lower-case kebab-case
   * @param decision how the rule decides
   * @throws io.crmkit.core.validation.InvalidValueException if the name is not kebab-case or the decision is missing
   */
  protected StepGuard(String name, Decision<S, C, X> decision) {
    super(name);
    this.decision = Require.notNull(decision, "guard.decision");
  }

  /** Why {@code step} must not be taken on {@code state} now; empty when the rule has nothing against it. */
  public final Optional<String> refusal(S state, C step, X context) {
    return decision.refusal(state, step, context);
  }

  /** The rule says no, for {@code reason} (the words a handler reads in the refusal). */
  public static Optional<String> refuse(String reason) {
    return Optional.of(reason);
  }

  /** The rule has nothing against the step. */
  public static Optional<String> allow() {
    return Optional.empty();
  }
}
