/**
 * Relationship stages, the two stage models of the course material.
 *
 * <p>The <b>customer lifecycle</b> (客户生命周期): exploration, growth, maturity and decline
 * ({@link io.crmkit.core.lifecycle.LifecycleStage}), kept per customer as a
 * {@link io.crmkit.core.lifecycle.StageHistory} of dated changes that are never rewritten, with the
 * time spent in each stage and a cohort view ({@link io.crmkit.core.lifecycle.StageCohort}: how many
 * customers are in each stage on a date, and who moved where over a period). crm-scoring infers the
 * stages from transaction histories.
 *
 * <p>The <b>development stages of a key-account relationship</b> (大客户关系的发展阶段): gestation,
 * initial, middle, strategic partnership, and interruption, which can happen in any stage
 * ({@link io.crmkit.core.lifecycle.KeyAccountStage}). One transition table
 * ({@link io.crmkit.core.lifecycle.KeyAccountWorkflow}) drives the engine
 * ({@link io.crmkit.core.lifecycle.KeyAccountRelationships}), the replay check and the diagrams;
 * named guards ({@link io.crmkit.core.lifecycle.KeyAccountGuards}) refuse the moves practice warns
 * against; each interruption records its internal or external causes
 * ({@link io.crmkit.core.lifecycle.InterruptionCause}), which analytics count; each stage's
 * strategies reach the Customize playbook as recommendations
 * ({@link io.crmkit.core.lifecycle.KeyAccountStrategies}), and relationship risks raise interruption
 * warnings before the interruption happens ({@link io.crmkit.core.lifecycle.InterruptionWarnings}).
 *
 * <p>In IDIC the stages serve Differentiate (step 2, customers told apart by where their
 * relationship stands) and feed Customize (step 4, each stage asks for its own treatment).
 */
@CrmStyle
package io.crmkit.core.lifecycle;

import io.crmkit.core.validation.CrmStyle;
