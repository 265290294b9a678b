package io.crmkit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session every test of this module shares (two worker threads, no web UI, few
 * shuffle partitions): starting a session takes seconds, so the JVM starts it once.
 */
public final class LocalSpark {
  private LocalSpark() {
  }

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .appName("crmkit-tests")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }

  /** The shared session, started on first use. */
  public static SparkSession session() {
    return Holder.SESSION;
  }
}
