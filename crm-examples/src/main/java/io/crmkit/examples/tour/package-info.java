/**
 * The course tour: one lesson per CRM concept, in IDIC order, each run on sample data bundled in the
 * jar with a fixed clock, so a teacher can show the same output in every class.
 */
package io.crmkit.examples.tour;
