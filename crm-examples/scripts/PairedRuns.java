import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Currency;

/**
 * Two builds of the 10M-row scoring job (read + ScoringBenchmark.scoreAll) loaded side by side in
 * one JVM, each in a class loader of its own, and run in turns, so that both see the same state of
 * a machine whose speed drifts: the fair way to tell whether a change made the job faster. Prints
 * each pass and the means of all passes after the first four.
 *
 * <p>usage: java -Xms3g -Xmx3g -XX:+AlwaysPreTouch crm-examples/scripts/PairedRuns.java
 * BEFORE/crmkit-tour.jar AFTER/crmkit-tour.jar FILE PASSES
 */
public class PairedRuns {
  public static void main(String[] args) throws Exception {
    int passes = Integer.parseInt(args[3]);
    Path file = Path.of(args[2]);
    Job[] jobs = {new Job(args[0]), new Job(args[1])};
    long[] whole = new long[2];
    long[] read = new long[2];
    for (int i = 0; i < passes; i++) {
      for (int v = 0; v < 2; v++) {
        long t0 = System.nanoTime();
        Object log = jobs[v].read(file);
        long t1 = System.nanoTime();
        jobs[v].score(log);
        long t2 = System.nanoTime();
        if (i >= 4) {
          whole[v] += t2 - t0;
          read[v] += t1 - t0;
        }
        System.out.printf("%s pass %d: read %d ms, whole %d ms%n", v == 0 ? "before" : "after", i, (t1 - t0) / 1_000_000,
            (t2 - t0) / 1_000_000);
      }
    }
    int counted = Math.max(1, passes - 4);
    System.out.printf("mean of passes 5-%d: before whole %d ms (read %d), after whole %d ms (read %d)%n", passes,
        whole[0] / counted / 1_000_000, read[0] / counted / 1_000_000, whole[1] / counted / 1_000_000,
        read[1] / counted / 1_000_000);
  }

  /** One build's reader and scoring, reached by reflection through its own class loader. */
  private static final class Job {
    private final Object format;
    private final Object strict;
    private final Method read;
    private final Method log;
    private final Method score;

    Job(String jar) throws Exception {
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, null);
      Class<?> formatType = loader.loadClass("io.crmkit.scoring.transactions.TransactionFormat");
      format = formatType.getMethod("csv", Currency.class).invoke(null, Currency.getInstance("USD"));
      Class<?> mode = loader.loadClass("io.crmkit.scoring.transactions.ReadMode");
      strict = mode.getField("STRICT").get(null);
      read = loader.loadClass("io.crmkit.scoring.transactions.TransactionReader").getMethod("read", Path.class, formatType, mode);
      log = loader.loadClass("io.crmkit.scoring.transactions.ReadResult").getMethod("log");
      score = loader.loadClass("io.crmkit.examples.benchmarks.ScoringBenchmark")
          .getDeclaredMethod("scoreAll", loader.loadClass("io.crmkit.scoring.transactions.TransactionLog"));
      score.setAccessible(true);
    }

    Object read(Path file) throws Exception {
      return log.invoke(read.invoke(null, file, format, strict));
    }

    void score(Object transactions) throws Exception {
      score.invoke(null, transactions);
    }
  }
}
