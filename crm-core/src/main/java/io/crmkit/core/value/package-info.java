/**
 * Conventions every crmkit value type shares: the {@link io.crmkit.core.value.CrmStyle Immutables
 * style} and the {@link io.crmkit.core.value.InvalidValueException validation error} that names the
 * field, the rule and the rejected value. Not an IDIC stage: the ground all stages stand on.
 */
package io.crmkit.core.value;
