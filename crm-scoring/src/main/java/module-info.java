/**
 * crmkit value scoring: Differentiate (IDIC step 2) by value. Depends on crm-core only. Its API
 * packages (pareto, pyramid, rfm, clv, churn) are exported as they are built.
 */
module io.crmkit.scoring {
  requires transitive io.crmkit.core;
}
