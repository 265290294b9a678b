package io.crmkit.spark.clv;

import java.io.Serializable;

/**
 * One partition's repeat buyers as the Gamma-Gamma reads them, frequency and average repeat value
 * in two primitive columns: cached on the executors, so each likelihood evaluation of the fit is a
 * tight loop over arrays, not a pass over rows.
 */
record SpendBlock(int[] frequency, double[] averageValue) implements Serializable {
}
