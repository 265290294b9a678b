package io.crmkit.scoring.clv.value;

import io.crmkit.core.validation.Require;
import io.crmkit.scoring.clv.bgnbd.BgNbdModel;
import io.crmkit.scoring.clv.bgnbd.BgNbdParameters;
import io.crmkit.scoring.clv.bgnbd.PurchaseCurves;
import io.crmkit.scoring.clv.fit.FitOptions;
import io.crmkit.scoring.clv.gammagamma.GammaGammaModel;
import io.crmkit.scoring.clv.gammagamma.GammaGammaParameters;
import io.crmkit.scoring.clv.gammagamma.SpendSample;
import io.crmkit.scoring.clv.history.PeriodUnit;
import io.crmkit.scoring.clv.history.PurchaseHistories;
import java.util.Currency;

/**
 * Predicted, discounted customer lifetime value: the BG/NBD's expected purchases in each period
 * of a {@link DiscountedHorizon}, times the Gamma-Gamma's expected value of a purchase, times the
 * margin, discounted per period and summed:
 * CLV = margin x E[M | x, m] x sum over k = 1..H of (E[Y(k L)] - E[Y((k - 1) L)]) / (1 + d)^k.
 * Differentiate, IDIC step 2: value customers by what the relationship will bring.
 *
 * <p>Assumptions, stated: purchases follow the BG/NBD, spend per purchase the Gamma-Gamma and is
 * independent of frequency (see {@link GammaGammaModel#frequencyValueCorrelation}), the margin is
 * constant, and the money of a period is discounted as if it came at the period's end. The
 * arithmetic is double precision; each value is rounded half-even to the currency's minor unit
 * only at the boundary ({@link CustomerScore#value}, {@link CohortScores#value}).
 *
 * <p>To score customers where they are (the executors of a distributed engine), send the model
 * there: it is serializable, as its parameters, unit, horizon and currency (the fit diagnostics and
 * standard errors stay where it was fitted), and each worker scores its rows with its own
 * {@link #scorer()}, which gives exactly the figures of {@link #scoreAll}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerValueModel implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final BgNbdModel purchases;
  private final GammaGammaModel spend;
  private final DiscountedHorizon horizon;
  private final Currency currency;

  private CustomerValueModel(BgNbdModel purchases, GammaGammaModel spend, DiscountedHorizon horizon,
      Currency currency) {
    this.purchases = purchases;
    this.spend = spend;
    this.horizon = horizon;
    this.currency = currency;
  }

  /** A model of the two fitted (or given) parts, valuing in {@code currency}. */
  public static CustomerValueModel of(BgNbdModel purchases, GammaGammaModel spend, DiscountedHorizon horizon,
      Currency currency) {
    return new CustomerValueModel(Require.notNull(purchases, "purchases"), Require.notNull(spend, "spend"),
        Require.notNull(horizon, "horizon"), Require.notNull(currency, "currency"));
  }

  /** Fits the BG/NBD on all customers and the Gamma-Gamma on the repeat buyers of {@code histories}. */
  public static CustomerValueModel fit(PurchaseHistories histories, DiscountedHorizon horizon, FitOptions options) {
    Require.notNull(histories, "histories");
    Require.notNull(options, "options");
    BgNbdModel bgnbd = BgNbdModel.fit(histories.distinct(), options);
    GammaGammaModel gg = GammaGammaModel.fit(SpendSample.of(histories), options);
    return of(bgnbd, gg, horizon, histories.currency());
  }

  public BgNbdModel purchases() {
    return purchases;
  }

  public GammaGammaModel spend() {
    return spend;
  }

  public DiscountedHorizon horizon() {
    return horizon;
  }

  /** The currency every value is in. */
  public Currency currency() {
    return currency;
  }

  /**
   * Scores one customer: {@code x} repeat occasions, the last at {@code tx}, observed for {@code T}
   * (model time units), repeat occasions worth {@code averageValue} on average (currency units).
   */
  public CustomerScore score(int x, double tx, double T, double averageValue) {
    purchases.probabilityAlive(x, tx, T); // validates the history
    double[] ends = horizon.ends();
    PurchaseCurves curves = purchases.curves(ends);
    double[] expected = new double[ends.length];
    double alive = curves.fill(x, tx, T, expected);
    double m = spend.expectedAverageValue(x, averageValue);
    double value = discounted(expected, horizon.factors(), m * horizon.margin());
    return new CustomerScore(alive, expected[ends.length - 1], m, CohortScores.money(value, currency));
  }

  /**
   * A scorer of one customer at a time from a history in whole days, for a worker that scores its
   * own rows (a partition): the same arithmetic as {@link #scoreAll}, its caches reused from row to
   * row. Not thread-safe: one per thread or partition.
   */
  public Scorer scorer() {
    return new Scorer();
  }

  /** Scores customers one at a time, as {@link #scoreAll} does. Not thread-safe. */
  public final class Scorer {
    private final double[] factors = horizon.factors();
    private final PurchaseCurves curves = purchases.curves(horizon.ends());
    private final double[] expected = new double[factors.length];
    /** P(alive), expected purchases, expected average value, value (currency units) of the last customer. */
    private final double[] last = new double[4];

    private Scorer() {}

    /**
     * Scores a customer with {@code frequency} repeat occasions, the last {@code recencyDays} after
     * the first, observed for {@code ageDays} (recency at most age, 0 without repeats), whose repeat
     * occasions averaged {@code averageRepeatValue} (currency units; 0 without repeats).
     */
    public CustomerScore score(int frequency, int recencyDays, int ageDays, double averageRepeatValue) {
      Require.that(frequency >= 0, "frequency", "must not be negative", frequency);
      Require.that(ageDays >= 0, "age", "must not be negative days", ageDays);
      Require.that(recencyDays >= 0 && recencyDays <= ageDays, "recency", "must lie within 0..age (" + ageDays
          + " days)", recencyDays);
      Require.that(frequency > 0 || recencyDays == 0, "recency", "must be 0 for a customer without repeat purchases",
          recencyDays);
      fill(frequency, recencyDays, ageDays, averageRepeatValue);
      return new CustomerScore(last[0], last[1], last[2], CohortScores.money(last[3], currency));
    }

    /** The figures of a valid history into {@code last}. */
    void fill(int frequency, int recencyDays, int ageDays, double averageRepeatValue) {
      last[0] = curves.fillDays(frequency, recencyDays, ageDays, expected);
      last[1] = expected[expected.length - 1];
      last[2] = spend.expectedAverageValue(frequency, averageRepeatValue);
      last[3] = discounted(expected, factors, last[2] * horizon.margin());
    }
  }

  /** Scores every customer of {@code histories}, in one pass, into primitive columns. */
  public CohortScores scoreAll(PurchaseHistories histories) {
    Require.notNull(histories, "histories");
    Require.that(histories.unit().equals(purchases.unit()), "histories.unit", "must be the model's unit "
        + purchases.unit().name(), histories.unit().name());
    Require.that(histories.currency().equals(currency), "histories.currency", "must be the model's currency "
        + currency, histories.currency());
    int n = histories.customers();
    double[] alive = new double[n];
    double[] total = new double[n];
    double[] average = new double[n];
    double[] value = new double[n];
    Scorer scorer = scorer();
    for (int i = 0; i < n; i++) {
      scorer.fill(histories.frequency(i), histories.recencyDays(i), histories.ageDays(i),
          histories.averageRepeatValue(i));
      alive[i] = scorer.last[0];
      total[i] = scorer.last[1];
      average[i] = scorer.last[2];
      value[i] = scorer.last[3];
    }
    return new CohortScores(histories, alive, total, average, value);
  }

  private Object writeReplace() {
    return new SerializedForm(purchases.parameters(), purchases.unit(), spend.parameters(), horizon, currency);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("CustomerValueModel is read through its serialized form");
  }

  /** What travels: the parameters, rebuilt and validated through the factories when read. */
  private record SerializedForm(BgNbdParameters purchases, PeriodUnit unit, GammaGammaParameters spend,
      DiscountedHorizon horizon, Currency currency) implements java.io.Serializable {
    private Object readResolve() {
      return of(BgNbdModel.of(purchases, unit), GammaGammaModel.of(spend), horizon, currency);
    }
  }

  /** sum over k of (E_k - E_(k-1)) x factor_k x valuePerPurchase. */
  private static double discounted(double[] cumulative, double[] factors, double valuePerPurchase) {
    double sum = 0;
    double previous = 0;
    for (int k = 0; k < cumulative.length; k++) {
      sum += (cumulative[k] - previous) * factors[k];
      previous = cumulative[k];
    }
    return sum * valuePerPurchase;
  }
}
