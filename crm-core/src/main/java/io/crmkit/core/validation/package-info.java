/**
 * The rules every crmkit value keeps: the {@link io.crmkit.core.validation.CrmStyle Immutables
 * style} (immutable, redacted, copied with {@code with*}), the {@link
 * io.crmkit.core.validation.Require preconditions} each public factory runs, and the one error a
 * caller's mistake raises, {@link io.crmkit.core.validation.InvalidValueException}, which names the
 * field, the rule and the rejected value (masked when confidential).
 *
 * <p>Not an IDIC stage: the ground every stage stands on.
 */
package io.crmkit.core.validation;
