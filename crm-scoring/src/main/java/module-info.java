/**
 * crmkit value scoring: Differentiate (IDIC step 2) by value. Depends on crm-core only.
 */
module io.crmkit.scoring {
  requires transitive io.crmkit.core;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires hipparchus.core;
  requires hipparchus.optim;

  exports io.crmkit.scoring.transactions;
  // io.crmkit.scoring.transactions.internal is not exported: the readers' scanners and columns.
  exports io.crmkit.scoring.summary;
  // The ranking value scoring shares with distributed engines (RankedValues, Quintiles).
  exports io.crmkit.scoring.rank;
  exports io.crmkit.scoring.pareto;
  exports io.crmkit.scoring.pyramid;
  exports io.crmkit.scoring.rfm;
  exports io.crmkit.scoring.clv;
  exports io.crmkit.scoring.clv.history;
  exports io.crmkit.scoring.clv.fit;
  exports io.crmkit.scoring.clv.bgnbd;
  exports io.crmkit.scoring.clv.gammagamma;
  exports io.crmkit.scoring.clv.value;
  exports io.crmkit.scoring.churn;
  exports io.crmkit.scoring.lifecycle;
  opens io.crmkit.scoring.churn to io.crmkit.core;
  exports io.crmkit.scoring.cooperation;

  // Display-name bundles (DisplayNames*.properties) are read by io.crmkit.core.text.DisplayNames.
  opens io.crmkit.scoring.cooperation to io.crmkit.core;
  opens io.crmkit.scoring.pareto to io.crmkit.core;
  opens io.crmkit.scoring.pyramid to io.crmkit.core;
  opens io.crmkit.scoring.clv.fit to io.crmkit.core;
  opens io.crmkit.scoring.clv.value to io.crmkit.core;
  opens io.crmkit.scoring.lifecycle to io.crmkit.core;
}
