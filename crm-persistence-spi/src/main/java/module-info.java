/**
 * crmkit persistence SPI: the storage interfaces hosts implement and the in-memory reference store
 * (the contract kit is the artifact crm-persistence-contract). Depends on crm-core only.
 */
module io.crmkit.persistence {
  requires transitive io.crmkit.core;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports io.crmkit.persistence;
  exports io.crmkit.persistence.memory;
}
