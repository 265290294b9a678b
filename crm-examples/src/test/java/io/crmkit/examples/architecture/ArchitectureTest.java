package io.crmkit.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module and package rules of crmkit, checked on the compiled classes of every module (this
 * module depends on all of them, so the whole graph is imported here).
 */
@AnalyzeClasses(packages = "io.crmkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] LIBRARY = {"io.crmkit.core..", "io.crmkit.scoring..",
      "io.crmkit.persistence.."};

  @ArchTest
  static final ArchRule core_depends_on_no_other_crmkit_module = noClasses()
      .that().resideInAPackage("io.crmkit.core..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.scoring..",
          "io.crmkit.persistence..", "io.crmkit.examples..")
      .because("the domain model is pure: every other module builds on it, never the reverse");

  @ArchTest
  static final ArchRule scoring_depends_only_on_core = noClasses()
      .that().resideInAPackage("io.crmkit.scoring..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.persistence..",
          "io.crmkit.examples..")
      .because("value scoring reads the domain model and nothing else");

  @ArchTest
  static final ArchRule persistence_depends_on_neither_examples_nor_scoring_analyses = noClasses()
      .that().resideInAPackage("io.crmkit.persistence..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.examples..", "io.crmkit.scoring.transactions..",
          "io.crmkit.scoring.rfm..", "io.crmkit.scoring.churn..")
      .because("hosts own storage: the SPI stores domain values and knows no example adapter");

  @ArchTest
  static final ArchRule the_jdbc_adapter_uses_no_particular_driver_or_pool = noClasses()
      .that().resideInAPackage("io.crmkit.persistence.jdbc..")
      .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.postgresql..", "com.zaxxer..",
          "org.flywaydb..", "io.crmkit.persistence.contract..")
      .because("the host brings its database, driver, pool and migration tool; the adapter speaks java.sql only");

  @ArchTest
  static final ArchRule the_spi_knows_no_adapter = noClasses()
      .that().resideInAnyPackage("io.crmkit.persistence", "io.crmkit.persistence.memory")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.persistence.jdbc..",
          "io.crmkit.persistence.contract..")
      .because("adapters and the contract kit build on the SPI, never the reverse");

  @ArchTest
  static final ArchRule only_the_transaction_log_uses_its_internal_scanners = noClasses()
      .that().resideOutsideOfPackages("io.crmkit.scoring.transactions", "io.crmkit.scoring.transactions.internal")
      .should().dependOnClassesThat().resideInAPackage("io.crmkit.scoring.transactions.internal")
      .because("the byte scanners, customer tables and row blocks are tuned internals the module does not export:"
          + " only the transaction log and its reader may depend on them, so they can change in any release");

  @ArchTest
  static final ArchRule library_modules_do_not_use_the_examples = noClasses()
      .that().resideInAnyPackage(LIBRARY)
      .should().dependOnClassesThat().resideInAPackage("io.crmkit.examples..")
      .because("dependencies point one way: examples -> persistence-spi/scoring -> core");

  @ArchTest
  static final ArchRule feature_packages_are_free_of_cycles = slices()
      .matching("io.crmkit.(*).(*)..")
      .should().beFreeOfCycles()
      .because("each feature package must be understandable and testable on its own");

  @ArchTest
  static final ArchRule library_modules_do_not_print_to_standard_streams = noClasses()
      .that().resideInAnyPackage(LIBRARY)
      .should(ACCESS_STANDARD_STREAMS)
      .because("an embedded library must not write to the host's console; it logs through SLF4J");

  @ArchTest
  static final ArchRule library_modules_do_not_use_java_util_logging = noClasses()
      .that().resideInAnyPackage(LIBRARY)
      .should(USE_JAVA_UTIL_LOGGING)
      .because("hosts choose the logging backend; the library speaks only slf4j-api");

  @ArchTest
  static final ArchRule nothing_throws_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
      .because("a caller must be able to tell a bad argument from an illegal step from a conflict");

  @ArchTest
  static final ArchRule library_modules_do_not_depend_on_a_logging_binding = noClasses()
      .that().resideInAnyPackage(LIBRARY)
      .should().dependOnClassesThat().resideInAnyPackage("org.slf4j.simple..", "ch.qos.logback..",
          "org.apache.logging.log4j..")
      .because("the host application picks the logging binding");
}
