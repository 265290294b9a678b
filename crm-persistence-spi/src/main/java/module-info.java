/**
 * crmkit persistence SPI: the storage interfaces hosts implement, the in-memory reference store and
 * (in the test jar) the contract test kit. Depends on crm-core only.
 */
module io.crmkit.persistence {
  requires transitive io.crmkit.core;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.crmkit.persistence;
  exports io.crmkit.persistence.memory;
}
