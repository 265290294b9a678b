/**
 * How crmkit names its business rules: {@link io.crmkit.core.rule.NamedRule}, the base every
 * built-in rule extends (complaint guards, churn rules, loyalty rules), so that rules are named
 * policies with a plain {@code if}, not nested lambdas, and every family names them the same way;
 * and {@link io.crmkit.core.rule.StepGuard}, the skeleton the workflow guards share (complaint
 * handling, key accounts, the maintenance cycle): a name and a method that refuses a step or allows it.
 *
 * <p>Cross-cutting: serves Differentiate (churn, loyalty) and Interact (complaint guards) alike.
 */
package io.crmkit.core.rule;
