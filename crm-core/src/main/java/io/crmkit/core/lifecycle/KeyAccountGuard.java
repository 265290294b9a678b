package io.crmkit.core.lifecycle;

import java.time.Instant;
import java.util.Optional;

/**
 * A named rule that may refuse a move the {@link KeyAccountWorkflow} table allows: each encodes a
 * warning of key-account practice. Hosts add their own, most simply as a class that extends
 * {@link io.crmkit.core.rule.NamedRule} with a plain {@code if} in {@link #refusal};
 * {@link KeyAccountGuards} builds its own on {@link io.crmkit.core.rule.StepGuard}.
 */
public interface KeyAccountGuard {

  /** The rule's name, as refusals report it, e.g. {@code manager-before-cooperation}. */
  String name();

  /** Why {@code action} must not be taken on {@code account} now; empty when the rule has nothing against it. */
  Optional<String> refusal(KeyAccount account, KeyAccountAction action, Instant now);
}
