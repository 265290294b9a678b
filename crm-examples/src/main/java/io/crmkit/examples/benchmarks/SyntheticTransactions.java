package io.crmkit.examples.benchmarks;

import io.crmkit.scoring.transactions.TransactionLog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic purchase log for the scoring benchmarks: sparse 9-digit customer ids,
 * purchases skewed towards a minority of customers, days spread over two years, log-normal amounts
 * (median about USD 33). The same seed gives the same log, in memory or as CSV.
 */
public final class SyntheticTransactions {
  private static final int FIRST_DAY = (int) LocalDate.of(2024, 1, 1).toEpochDay();

  private SyntheticTransactions() {}

  /** The sparse 9-digit id of customer {@code i}. */
  static String id(int i) {
    return Integer.toString(100_000_000 + i * 899);
  }

  /** Calls {@code sink} for every transaction: customer number, epoch day, amount in cents. */
  interface Sink {
    void accept(int customer, int day, long cents);
  }

  static void generate(int customers, int transactions, long seed, Sink sink) {
    if (customers < 1 || transactions < customers) {
      throw new IllegalArgumentException("need at least one customer and one transaction per customer, was "
          + customers + " and " + transactions);
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int t = 0; t < transactions; t++) {
      // Every customer buys once; the rest go mostly to a valuable minority (u^3 skew).
      int customer = t < customers ? t : (int) (customers * Math.pow(random.nextDouble(), 3));
      int day = FIRST_DAY + random.nextInt(730);
      double z = gaussian(random);
      long cents = Math.max(1, Math.round(Math.exp(3.5 + 1.0 * z) * 100));
      sink.accept(customer, day, cents);
    }
  }

  /**
   * A cohort whose purchases follow the BG/NBD story, for the customer-value benchmarks (the log of
   * {@link #generate} has no drop-out: everyone keeps buying to the end, so a BG/NBD fit rightly
   * refuses it). Each customer is acquired on one of the first 90 days, buys as a Poisson process at
   * a rate drawn from gamma(0.5, 20 days), drops out after each purchase with a chance drawn from
   * beta(0.8, 4), and is observed until day 730; amounts are log-normal as above.
   */
  static void generateCohort(int customers, long seed, Sink sink) {
    if (customers < 1) {
      throw new IllegalArgumentException("need at least one customer, was " + customers);
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int c = 0; c < customers; c++) {
      double rate = gammaVariate(random, 0.5) / 20;
      double g = gammaVariate(random, 0.8);
      double dropout = g / (g + gammaVariate(random, 4));
      double t = random.nextInt(90);
      sink.accept(c, FIRST_DAY + (int) t, amount(random));
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / rate;
        if (t >= 730) {
          break;
        }
        sink.accept(c, FIRST_DAY + (int) t, amount(random));
        if (random.nextDouble() < dropout) {
          break;
        }
      }
    }
  }

  /** The BG/NBD cohort of {@link #generateCohort} in memory. */
  public static TransactionLog cohortLog(int customers, long seed) {
    TransactionLog.Builder b = TransactionLog.builder(Currency.getInstance("USD"));
    generateCohort(customers, seed, (c, d, cents) -> b.addMinor(id(c), d, cents));
    return b.build();
  }

  private static long amount(SplittableRandom random) {
    return Math.max(1, Math.round(Math.exp(3.5 + 1.0 * gaussian(random)) * 100));
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang. */
  private static double gammaVariate(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gammaVariate(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z;
      double v;
      do {
        z = gaussian(random);
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      double u = 1 - random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** The log in memory. */
  public static TransactionLog log(int customers, int transactions, long seed) {
    TransactionLog.Builder b = TransactionLog.builder(Currency.getInstance("USD"));
    generate(customers, transactions, seed, (c, d, cents) -> b.addMinor(id(c), d, cents));
    return b.build();
  }

  /** The log as CSV ({@code customer_id,date,amount}, header, ISO dates). */
  public static void writeCsv(Path file, int customers, int transactions, long seed) {
    writeCsv(file, sink -> generate(customers, transactions, seed, sink));
  }

  /**
   * The BG/NBD cohort of {@link #generateCohort} as CSV, in the format of {@link #writeCsv}: the
   * input of the customer-value benchmarks that read files (about seven purchases a customer).
   */
  public static void writeCohortCsv(Path file, int customers, long seed) {
    writeCsv(file, sink -> generateCohort(customers, seed, sink));
  }

  private static void writeCsv(Path file, java.util.function.Consumer<Sink> generator) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("customer_id,date,amount\n");
      StringBuilder line = new StringBuilder(40);
      generator.accept((c, d, cents) -> {
        line.setLength(0);
        line.append(id(c)).append(',').append(LocalDate.ofEpochDay(d)).append(',').append(cents / 100).append('.');
        long frac = cents % 100;
        if (frac < 10) {
          line.append('0');
        }
        line.append(frac).append('\n');
        try {
          out.append(line);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes a benchmark CSV: {@code SyntheticTransactions FILE CUSTOMERS TRANSACTIONS [SEED]} (the
   * scoring log), or {@code SyntheticTransactions cohort FILE CUSTOMERS [SEED]} (the BG/NBD cohort).
   */
  public static void main(String[] args) {
    if (args[0].equals("cohort")) {
      writeCohortCsv(Path.of(args[1]), Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 42);
      return;
    }
    writeCsv(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
        args.length > 3 ? Long.parseLong(args[3]) : 42);
  }
}
