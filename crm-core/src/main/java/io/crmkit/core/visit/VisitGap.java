package io.crmkit.core.visit;

import io.crmkit.core.rule.NamedRule;
import io.crmkit.core.validation.Require;

/**
 * Something a visit plan lacks, found by the named check {@code check}: what is missing and what to
 * do about it.
 *
 * @param check the check's name, kebab-case
 * @param missing what is missing and what to do, in words
 */
public record VisitGap(String check, String missing) {
  public VisitGap {
    NamedRule.requireName(check, "visitGap.check");
    Require.text(missing, "visitGap.missing");
  }
}
