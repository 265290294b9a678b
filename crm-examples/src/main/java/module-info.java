/** crmkit examples: the course tour, host-side adapters and benchmarks. Not a library: exports nothing. */
module io.crmkit.examples {
  requires io.crmkit.core;
  requires io.crmkit.scoring;
  requires io.crmkit.persistence;
  requires io.crmkit.persistence.jdbc;
  requires java.sql;
  requires com.h2database;
  requires com.zaxxer.hikari;
  requires embedded.postgres;
  requires org.slf4j;
  requires jmh.core;
  requires static org.immutables.value;
  requires static java.compiler;
}
