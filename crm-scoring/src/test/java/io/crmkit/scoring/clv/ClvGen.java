package io.crmkit.scoring.clv;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/** Generated model parameters, purchase histories and simulated cohorts for the CLV properties. */
final class ClvGen {
  private ClvGen() {}

  /** A positive parameter, log-uniform over 1e-3 .. 1e3. */
  static Gen<Double> positive() {
    return doubles().between(-3, 3).map(e -> Math.pow(10, e));
  }

  /** BG/NBD parameters over many orders of magnitude. */
  static Gen<BgNbdParameters> bgnbd() {
    return positive().zip(positive(), positive(), positive(), BgNbdParameters::new);
  }

  /** Parameters of plausible customer bases (a kept away from 1, where the model is singular). */
  static Gen<BgNbdParameters> plausible() {
    return doubles().between(0.1, 3).zip(doubles().between(0.5, 50), doubles().between(0.2, 0.9),
        doubles().between(0.5, 10), BgNbdParameters::new);
  }

  /** A history {frequency, recency days, age days}: mostly ordinary, some extreme frequencies. */
  static Gen<int[]> histories() {
    Gen<Integer> frequency = integers().between(0, 20).mix(integers().between(100, 5_000), 25);
    return frequency.zip(integers().between(0, 3_650), doubles().between(0, 1), (x, age, share) -> {
      int recency = x == 0 ? 0 : (int) Math.floor(age * share);
      return new int[] {x, recency, age};
    });
  }

  /** Draws from gamma(shape, rate 1): Marsaglia and Tsang. */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z;
      double v;
      do {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      double u = 1 - random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /**
   * Simulates a BG/NBD cohort (time in days): each customer's rate from gamma(r, alpha), drop-out
   * chance from beta(a, b), observed for a whole number of days in [minAge, maxAge]. Returns
   * {frequency[], recency days[], age days[]}.
   */
  static int[][] simulate(BgNbdParameters p, int customers, int minAge, int maxAge, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] x = new int[customers];
    int[] tx = new int[customers];
    int[] age = new int[customers];
    for (int i = 0; i < customers; i++) {
      double lambda = gamma(random, p.r()) / p.alpha();
      double g1 = gamma(random, p.a());
      double dropout = g1 / (g1 + gamma(random, p.b()));
      int T = minAge + random.nextInt(maxAge - minAge + 1);
      double t = 0;
      int purchases = 0;
      int last = 0;
      while (true) {
        t += -Math.log(1 - random.nextDouble()) / lambda;
        if (t > T) {
          break;
        }
        purchases++;
        last = (int) Math.floor(t);
        if (random.nextDouble() < dropout) {
          break;
        }
      }
      x[i] = purchases;
      tx[i] = last;
      age[i] = T;
    }
    return new int[][] {x, tx, age};
  }
}
