package io.crmkit.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Spark stays in this module: the library modules this one builds on (imported here from their
 * jars on the class path) never reach Spark, Scala, Hadoop or the Jackson Spark brings.
 */
@AnalyzeClasses(locations = SparkBoundaryArchitectureTest.CrmkitJars.class,
    importOptions = ImportOption.DoNotIncludeTests.class)
class SparkBoundaryArchitectureTest {

  /** The jars (or class folders) of crm-core, crm-scoring and this module: not the 290 MB of Spark around them. */
  static final class CrmkitJars implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      Set<Location> locations = new HashSet<>();
      for (Class<?> anchor : List.of(io.crmkit.core.money.Money.class, io.crmkit.scoring.pareto.ParetoAnalysis.class,
          SparkTransactions.class)) {
        try {
          locations.add(Location.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
          throw new IllegalStateException("the class path names " + anchor.getSimpleName() + "'s jar oddly", e);
        }
      }
      return locations;
    }
  }

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
