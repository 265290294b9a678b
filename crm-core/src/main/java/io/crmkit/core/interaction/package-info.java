/**
 * Interact (IDIC step 3, 客户互动): the record of what the company and a customer exchange. An
 * {@link io.crmkit.core.interaction.Interaction} is one exchange, classified by distance, medium and
 * initiator, on a channel of the {@link io.crmkit.core.interaction.ChannelCatalogue} (the course's
 * five personal channels with their cost, speed, richness and interactivity, plus host channels); it
 * is append-only, corrected by new revisions. The {@link io.crmkit.core.interaction.Commitment
 * commitments} made in interactions are kept, broken or withdrawn, and the
 * {@link io.crmkit.core.interaction.CommitmentLedger} is the account manager's memo of them.
 *
 * <p>Sub-packages build on this record: choosing a channel, the contact cadence and the morning due
 * list, the T/E/M calendar, interaction design and the five-step maintenance cycle.
 */
@CrmStyle
package io.crmkit.core.interaction;

import io.crmkit.core.validation.CrmStyle;
