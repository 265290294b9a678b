/**
 * Interaction design (客户互动设计): planning an interaction before it happens and judging it after.
 * A design names its objects (互动对象: each kind of customer, its relationship stage and the basic
 * and potential expectations of that stage), its goals (互动目标, checked for being specific,
 * achievable, time-bound and together diverse, every failed check reported by name), its content
 * (互动内容: theme, structure, format fitted to the channel), its channels and their frequency
 * (互动渠道与频率); an effect evaluation (评估互动效果) afterwards records whether each goal was met, the
 * problems to improve and the new findings, linked to the interactions that carried the design out.
 *
 * <p>In IDIC this is Interact (step 3): every interaction is designed to learn more about the
 * customer and to deepen the relationship, not merely to send a message.
 */
@CrmStyle
package io.crmkit.core.interaction.design;

import io.crmkit.core.validation.CrmStyle;
