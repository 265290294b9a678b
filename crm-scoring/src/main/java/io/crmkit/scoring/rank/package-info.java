/**
 * Ranking customers by value: a sorted value distribution with suffix sums that answers how many
 * customers are worth more than a value and how much they bring together, and where a share of the
 * customers ends in competition ranks (customers of equal value share a rank). RFM quintiles, Pareto
 * and ABC, the customer pyramid and the cooperation classes all rank through it. Differentiate,
 * IDIC step 2.
 */
package io.crmkit.scoring.rank;
