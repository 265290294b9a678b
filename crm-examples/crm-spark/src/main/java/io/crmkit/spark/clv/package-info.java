/**
 * Predicted customer value on Apache Spark: each customer's calibration history (repeat occasions,
 * recency, age, repeat value) computed on the cluster, the BG/NBD fitted on the distinct
 * (frequency, recency, age) histories and the Gamma-Gamma on per-frequency sums merged from the
 * partitions, both with crm-scoring's own fitters on the driver, and every customer's P(alive),
 * expected purchases and CLV computed where the customer's row is. Only bounded partials reach the
 * driver: distinct histories with counts, one figure per distinct frequency, a search sample of at
 * most {@link io.crmkit.scoring.clv.gammagamma.GammaGammaModel#SEARCH_SAMPLE} buyers.
 * Differentiate, IDIC step 2: value customers by what they will bring, at the size of the whole base.
 */
package io.crmkit.spark.clv;
