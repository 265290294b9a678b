/**
 * Service as the course material teaches it (003's service-training notes, 001's store visitors):
 * the front stage the customer meets and the back stage that supports it ({@link
 * io.crmkit.core.service.ServiceBlueprint}: unify the front, hide the back); responsive and proactive
 * service ({@link io.crmkit.core.service.ServiceMode}); the four service techniques in order ({@link
 * io.crmkit.core.service.ServiceTechnique}); the stance that the customer is not God ({@link
 * io.crmkit.core.service.ServiceStance}: respect in attitude, right and wrong in the method); and how
 * to serve each kind of store visitor ({@link io.crmkit.core.service.StoreFloor}).
 *
 * <p>IDIC step 3, Interact, and step 4, Customize: how each contact is served.
 */
@CrmStyle
package io.crmkit.core.service;

import io.crmkit.core.validation.CrmStyle;
