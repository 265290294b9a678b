/**
 * The in-memory reference implementation of the storage interfaces: thread-safe, and passing the
 * same contract test kit every host adapter must pass.
 */
@CrmStyle
package io.crmkit.persistence.memory;

import io.crmkit.core.validation.CrmStyle;

