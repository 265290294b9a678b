/**
 * Internals of the customer aggregate that its sub-packages share and a host must not call: the
 * reader of a profile fact's raw (possibly confidential) value. Not exported by the module.
 *
 * <p>IDIC step 1, Identify: part of keeping confidential facts confidential.
 */
package io.crmkit.core.customer.internal;
