/**
 * The IDIC backbone (Identify, Differentiate, Interact, Customize): the stages every crmkit
 * capability belongs to, and a per-customer progress report whose evidence for each stage comes
 * from a small interface the capability of that stage implements.
 */
@CrmStyle
package io.crmkit.core.idic;

import io.crmkit.core.validation.CrmStyle;

