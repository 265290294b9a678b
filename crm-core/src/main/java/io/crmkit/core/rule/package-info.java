/**
 * How crmkit names its business rules: {@link io.crmkit.core.rule.NamedRule}, the base every
 * built-in rule extends (complaint guards, churn rules, loyalty rules), so that rules are named
 * policies with a plain {@code if}, not nested lambdas, and every family names them the same way.
 *
 * <p>Cross-cutting: serves Differentiate (churn, loyalty) and Interact (complaint guards) alike.
 */
package io.crmkit.core.rule;
