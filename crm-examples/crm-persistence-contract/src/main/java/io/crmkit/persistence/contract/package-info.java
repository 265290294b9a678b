/**
 * The persistence contract kit: abstract JUnit 5 tests every storage adapter of crmkit passes, each
 * test named after the requirement it checks, with fixed fixtures ({@link
 * io.crmkit.persistence.contract.ContractFixtures}) and one factory for stores that share a database
 * ({@link io.crmkit.persistence.contract.ContractStores}, with its reset hook). An adapter's test
 * extends the contracts and supplies only its stores. Serves every IDIC stage: what is learned about
 * a customer must be kept, whatever the host's storage.
 */
package io.crmkit.persistence.contract;
