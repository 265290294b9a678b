package io.crmkit.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Spark stays in this module: the library modules this one builds on (imported here from their
 * jars on the class path) never reach Spark, Scala, Hadoop or the Jackson Spark brings.
 */
@AnalyzeClasses(packages = {"io.crmkit.core", "io.crmkit.scoring", "io.crmkit.spark"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class SparkBoundaryArchitectureTest {

  private static final String[] SPARK_WORLD = {"org.apache.spark..", "scala..", "org.apache.hadoop..",
      "com.fasterxml.jackson..", "org.apache.parquet..", "io.netty.."};

  @ArchTest
  static final ArchRule the_library_never_reaches_spark = noClasses()
      .that().resideInAnyPackage("io.crmkit.core..", "io.crmkit.scoring..")
      .should().dependOnClassesThat().resideInAnyPackage(SPARK_WORLD)
      .because("crm-core and crm-scoring embed in any JVM: Spark is a host's choice, provided by its cluster");

  @ArchTest
  static final ArchRule scoring_on_spark_uses_the_public_scoring_api_only = noClasses()
      .that().resideInAPackage("io.crmkit.spark..")
      .should().dependOnClassesThat().resideInAnyPackage("io.crmkit.scoring..internal..")
      .because("crm-scoring's internal packages are unexported; the distributed code shares its public definitions");
}
