/**
 * The customer lifecycle read from behaviour: each customer's stage (exploration, growth, maturity,
 * decline; {@link io.crmkit.core.lifecycle.LifecycleStage}) inferred from the transaction log as of a
 * date by named, configurable rules on tenure, recency and the trend of spend and frequency over two
 * windows, each assignment with its evidence, and "undecided" where no rule decides. Dated
 * assessments become the core's stage histories, whose cohort view counts customers per stage and
 * the flows between stages. Differentiate, IDIC step 2: customers told apart by where their
 * relationship stands, so that each stage gets its own treatment.
 */
@CrmStyle
package io.crmkit.scoring.lifecycle;

import io.crmkit.core.validation.CrmStyle;
