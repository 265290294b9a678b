/**
 * Where the examples keep what they learn about customers: crmkit's JDBC stores on an embedded H2
 * file (the course tour's storage lesson, the persistence benchmarks). Serves every IDIC stage.
 */
package io.crmkit.examples.storage;
