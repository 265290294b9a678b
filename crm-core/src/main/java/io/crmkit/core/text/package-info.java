/**
 * How the domain writes its values in words for the people who read its reasons, evidence and
 * notes: {@link io.crmkit.core.text.Words} turns an enum constant into the words of a sentence.
 *
 * <p>Not an IDIC stage: every stage explains its results in these words.
 */
package io.crmkit.core.text;
