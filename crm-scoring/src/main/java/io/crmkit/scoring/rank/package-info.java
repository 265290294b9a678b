/**
 * Ranking customers by value: a sorted value distribution with suffix sums that answers how many
 * customers are worth more than a value and how much they bring together, and where a share of the
 * customers ends in competition ranks (customers of equal value share a rank). RFM quintiles, Pareto
 * and ABC and the customer pyramid rank through it (the 1-2-3-4 cooperation classes do not: they
 * come from behaviour, not from a rank). {@link io.crmkit.scoring.rank.RankedValues} is the question
 * set those figures ask, so a distributed engine (crm-spark) answers the same questions from sorted
 * partitions and gets the same figures; {@link io.crmkit.scoring.rank.Quintiles} are the RFM cuts it
 * ships to its workers. Differentiate, IDIC step 2.
 */
package io.crmkit.scoring.rank;
