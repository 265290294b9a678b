/**
 * crmkit's value scoring on Apache Spark, for customer bases whose transaction history outgrows one
 * machine: per-customer purchase summaries as a Dataset, and the base-wide figures of value
 * scoring (Pareto, ABC classes, the customer pyramid, RFM, churn signals) as crm-scoring's own value
 * types, computed with crm-scoring's definitions. Differentiate, IDIC step 2: tell the customers
 * apart by their value, at the size of the whole base.
 */
package io.crmkit.spark;
