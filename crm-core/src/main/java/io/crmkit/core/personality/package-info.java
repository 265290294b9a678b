/**
 * Personality styles (dominant, analytical, expressive, amiable) read from behaviour cues on two
 * axes, with the guidance for each and a history of reassessments. Differentiate, IDIC step 2:
 * customers differ in how they want to be dealt with, not only in value. Difficult-customer types
 * (a state of the relationship, not a personality) are in {@code io.crmkit.core.complaint}.
 */
@CrmStyle
package io.crmkit.core.personality;

import io.crmkit.core.validation.CrmStyle;

