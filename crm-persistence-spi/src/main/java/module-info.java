/**
 * crmkit persistence SPI: the storage interfaces hosts implement, the in-memory reference store and
 * the contract test kit. Depends on crm-core only. Its API packages are exported as they are built.
 */
module io.crmkit.persistence {
  requires transitive io.crmkit.core;
}
