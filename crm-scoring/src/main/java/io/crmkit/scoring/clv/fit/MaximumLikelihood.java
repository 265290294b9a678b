package io.crmkit.scoring.clv.fit;

import io.crmkit.core.validation.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Maximum-likelihood fitting on the log scale of the parameters, with Hipparchus' optimisers: from
 * each starting point in turn, BOBYQA (derivative-free, bounded) finds the region of the maximum on
 * a search likelihood (the full one, or a sample of it for large data), then Levenberg-Marquardt on
 * the score equations (gradient zero, with the analytic Hessian as their Jacobian: Newton steps with
 * a trust region) refines it on the full likelihood. A start succeeds when the gradient norm per
 * customer meets the tolerance at a point where the Hessian is negative definite (a maximum, not a
 * saddle); the first start that succeeds gives the estimate. If none does, a
 * {@link ModelNotConvergedException} reports every attempt.
 *
 * <p>An L2 penalizer λ subtracts N·λ·Σθ² from the log-likelihood (N customers, θ the parameters on
 * their natural scale), as lifetimes' penalizer_coef does per customer. Standard errors come from
 * the inverse of the negative Hessian (the observed information), by the delta method from the log
 * scale.
 */
public final class MaximumLikelihood {
  private static final double LOG_BOUND = 15;
  private static final double OUTSIDE = 1e10;

  private MaximumLikelihood() {}

  /** A fitted parameter vector with its standard errors and diagnostics. Immutable. */
  public static final class Estimate {
    private final double[] params;
    private final double[] standardErrors;
    private final FitDiagnostics diagnostics;

    private Estimate(double[] params, double[] standardErrors, FitDiagnostics diagnostics) {
      this.params = params;
      this.standardErrors = standardErrors;
      this.diagnostics = diagnostics;
    }

    public double param(int i) {
      return params[i];
    }

    public double standardError(int i) {
      return standardErrors[i];
    }

    public FitDiagnostics diagnostics() {
      return diagnostics;
    }
  }

  /**
   * Maximises {@code full}, searching first on {@code search} (which may be {@code full}), from each
   * of {@code starts} (natural scale) in turn.
   *
   * @param model the model's name for messages, e.g. {@code "BG/NBD"}
   * @param names the parameters' names, in order
   */
  public static Estimate maximize(String model, List<String> names, LogLikelihood full, LogLikelihood search,
      List<double[]> starts, FitOptions options) {
    Require.notNull(full, "likelihood");
    Require.notNull(search, "searchLikelihood");
    Require.notNull(options, "options");
    Require.that(!starts.isEmpty(), "starts", "must not be empty", 0);
    int d = full.dimension();
    List<String> attempts = new ArrayList<>();
    for (double[] start : starts) {
      double[] phi0 = new double[d];
      for (int j = 0; j < d; j++) {
        phi0[j] = Math.log(start[j]);
      }
      String tried = "start " + show(names, start);
      try {
        // 1. Search: BOBYQA on the (possibly sampled) penalised negative mean log-likelihood.
        BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * d + 1, 0.5, 1e-4);
        double scale = 1.0 / Math.max(1, search.customers());
        PointValuePair found = bobyqa.optimize(new MaxEval(options.maxEvaluations()),
            new ObjectiveFunction(phi -> {
              double v = penalised(search, options.penalizer(), phi, null, null);
              return Double.isFinite(v) ? -v * scale : OUTSIDE;
            }), GoalType.MINIMIZE, new InitialGuess(phi0), bounds(d));
        // 2. Refine: Levenberg-Marquardt on gradient = 0 of the full penalised log-likelihood.
        double fullScale = 1.0 / Math.max(1, full.customers());
        LeastSquaresProblem score = new LeastSquaresBuilder().start(found.getPoint()).target(new double[d])
            .maxEvaluations(options.maxEvaluations()).maxIterations(options.maxEvaluations())
            .model(point -> {
              double[] g = new double[d];
              double[][] h = new double[d][d];
              double v = penalised(full, options.penalizer(), point.toArray(), g, h);
              if (!Double.isFinite(v)) {
                throw new MathIllegalStateException(org.hipparchus.exception.LocalizedCoreFormats.NAN_NOT_ALLOWED);
              }
              for (int j = 0; j < d; j++) {
                g[j] *= fullScale;
                for (int k = 0; k < d; k++) {
                  h[j][k] *= fullScale;
                }
              }
              return new Pair<>(new ArrayRealVector(g, false), new Array2DRowRealMatrix(h, false));
            }).build();
        LeastSquaresOptimizer.Optimum refined = new LevenbergMarquardtOptimizer().optimize(score);
        double[] phi = refined.getPoint().toArray();
        double[] g = new double[d];
        double[][] h = new double[d][d];
        double pen = penalised(full, options.penalizer(), phi, g, h);
        double gradientNorm = norm(g) * fullScale;
        double[] theta = new double[d];
        for (int j = 0; j < d; j++) {
          theta[j] = Math.exp(phi[j]);
        }
        String ended = tried + " ended at " + show(names, theta) + String.format(Locale.ROOT,
            " (log-likelihood %.4f, gradient norm %.2e per customer)", pen, gradientNorm);
        if (!Double.isFinite(pen) || !(gradientNorm <= options.gradientTolerance())) {
          attempts.add(ended + ": gradient not small enough");
          continue;
        }
        RealMatrix information = new Array2DRowRealMatrix(h).scalarMultiply(-1);
        RealMatrix covariance;
        try {
          covariance = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver().getInverse();
        } catch (MathIllegalArgumentException e) {
          attempts.add(ended + ": not a maximum (the Hessian is not negative definite)");
          continue;
        }
        double[] se = new double[d];
        for (int j = 0; j < d; j++) {
          se[j] = theta[j] * Math.sqrt(covariance.getEntry(j, j));
        }
        double ll = full.value(phi, null, null);
        FitDiagnostics diagnostics = new FitDiagnostics(ll, bobyqa.getIterations() + refined.getIterations(),
            bobyqa.getEvaluations() + refined.getEvaluations(),
            gradientNorm, true, toList(start), "BOBYQA search" + (search == full ? "" : " on " + search.terms()
                + " sampled histories") + ", Levenberg-Marquardt on the score equations", full.customers(),
            full.terms(), options.penalizer());
        return new Estimate(theta, se, diagnostics);
      } catch (MathRuntimeException e) {
        attempts.add(tried + ": the optimiser stopped (" + e.getMessage() + ")");
      }
    }
    throw new ModelNotConvergedException(model, full.customers(), full.terms(), attempts);
  }

  /** The log-likelihood minus N·λ·Σθ², with its derivatives on the log scale. */
  private static double penalised(LogLikelihood ll, double penalizer, double[] phi, double[] g, double[][] h) {
    double v = ll.value(phi, g, h);
    if (penalizer == 0) {
      return v;
    }
    double weight = penalizer * ll.customers();
    for (int j = 0; j < phi.length; j++) {
      double theta2 = Math.exp(2 * phi[j]);
      v -= weight * theta2;
      if (g != null) {
        g[j] -= 2 * weight * theta2;
      }
      if (h != null) {
        h[j][j] -= 4 * weight * theta2;
      }
    }
    return v;
  }

  private static SimpleBounds bounds(int d) {
    double[] lo = new double[d];
    double[] hi = new double[d];
    java.util.Arrays.fill(lo, -LOG_BOUND);
    java.util.Arrays.fill(hi, LOG_BOUND);
    return new SimpleBounds(lo, hi);
  }

  private static double norm(double[] g) {
    double s = 0;
    for (double x : g) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  private static List<Double> toList(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }

  private static String show(List<String> names, double[] values) {
    StringBuilder b = new StringBuilder("(");
    for (int j = 0; j < values.length; j++) {
      if (j > 0) {
        b.append(", ");
      }
      b.append(names.get(j)).append('=').append(String.format(Locale.ROOT, "%.4g", values[j]));
    }
    return b.append(')').toString();
  }
}
