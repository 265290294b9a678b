/**
 * The 1-2-3-4 principle (一二三四原则) of dealing with difficult customers: classify each customer by
 * how they behave in business with us (whether they keep to the standard contract, prices and
 * payment terms, how often they object, how demanding their conditions are) into premium (优质),
 * normal (正常), demanding (较难缠) and difficult (难缠), with the evidence; report the observed mix
 * against the typical 30/40/20/10; treat each class as the principle says (focus on the first two,
 * move the third into the second, basic service only for the fourth).
 *
 * <p>Differentiate, IDIC step 2: telling customers apart by behaviour, beside value scoring.
 */
@CrmStyle
package io.crmkit.scoring.cooperation;

import io.crmkit.core.validation.CrmStyle;
