/**
 * The IDIC backbone (Identify, Differentiate, Interact, Customize): the stages every crmkit
 * capability belongs to, and a per-customer progress report whose evidence for each stage comes
 * from a small interface the capability of that stage implements.
 *
 * <p>Where each stage lives, so a newcomer looking for one finds its packages:
 *
 * <ul>
 *   <li><b>Identify</b> (step 1, know each customer as one individual): {@code core.identify}
 *       (normalizing, duplicate detection, merging) and the customer record it builds, {@code
 *       core.customer} (the aggregate) with {@code customer.profile} (facts, needs, related
 *       parties), {@code customer.confidentiality} (sensitivity, consent, disclosure), {@code
 *       customer.contact} (contact points, channels, contact persons) and {@code customer.sales}
 *       (orders, quotations). Evidence: {@link io.crmkit.core.idic.IdentifyEvidence}.
 *   <li><b>Differentiate</b> (step 2, tell customers apart by value and needs): {@code
 *       customer.classification} (deal status, importance, urgency, demand, closeness), {@code
 *       core.personality} (styles), {@code core.loyalty} (kinds of loyalty), {@code core.lifecycle}
 *       (lifecycle and key-account relationship stages), and in crm-scoring the
 *       transaction log ({@code scoring.transactions}), {@code scoring.summary}, {@code scoring.rfm}, {@code
 *       scoring.pareto}, {@code scoring.pyramid}, {@code scoring.clv}, {@code scoring.churn} (with full
 *       and partial churn), {@code scoring.lifecycle} (stages inferred from transactions) and
 *       {@code scoring.cooperation}. Evidence: {@link io.crmkit.core.idic.DifferentiateEvidence}.
 *   <li><b>Interact</b> (step 3, every contact measures and shapes the relationship): {@code
 *       core.interaction} records the interactions and promises (channel choice, contact cadence and
 *       the due list, the T/E/M calendar in its sub-packages), {@code interaction.design} (interaction
 *       design and its effect evaluation) and {@code interaction.maintenance} (the five-step
 *       maintenance cycle), on the ground of {@code customer.contact} (channels, preferences, quiet
 *       hours), with {@code core.satisfaction} (expectation versus perception), {@code
 *       core.complaint} (complaint handling and its review), {@code core.visit} (the account
 *       manager's visit plan) and {@code core.service} (front and back stage, proactive service, store
 *       visitors). Evidence:
 *       {@link io.crmkit.core.idic.InteractEvidence}, fed from real interactions by {@code
 *       interaction.cadence.InteractionContactHistory}.
 *   <li><b>Customize</b> (step 4, treat each customer as what we learned asks): {@code
 *       core.customize} (playbooks, treatment plans), reading the style guidance of {@code
 *       core.personality} and the key-account strategies of {@code core.lifecycle}. Evidence: {@link io.crmkit.core.idic.CustomizeEvidence}.
 * </ul>
 *
 * <p>Under every stage: {@code core.money} (exact money), {@code core.validation} (the value style
 * and the one validation error), {@code core.codec} (the storage record format) and {@code
 * core.text} (constants in words). Package names above are short for {@code io.crmkit.core.*} and
 * {@code io.crmkit.scoring.*}.
 */
@CrmStyle
package io.crmkit.core.idic;

import io.crmkit.core.validation.CrmStyle;
