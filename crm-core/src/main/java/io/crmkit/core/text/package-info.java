/**
 * How the domain writes its values in words for the people who read them:
 * {@link io.crmkit.core.text.Words} turns an enum constant into the words of a sentence (reasons,
 * evidence, notes), {@link io.crmkit.core.text.DisplayNames} gives the name a person reads in English
 * or Simplified Chinese (the course material's terms), and {@link io.crmkit.core.text.TextBundles}
 * loads such texts without falling back to the JVM's default locale.
 *
 * <p>Not an IDIC stage: every stage explains its results in these words.
 */
package io.crmkit.core.text;
