/**
 * JMH benchmarks and the deterministic synthetic data they run on. Figures and commands are in the
 * README; speed is measured here, never asserted in unit tests.
 */
package io.crmkit.examples.benchmarks;
