package io.crmkit.scoring.churn;

import io.crmkit.core.customer.Customer;
import java.time.LocalDate;
import java.util.List;

/**
 * One small rule of churn early warning. The built-in ones read purchase behaviour; hosts add their
 * own (open complaints, a contact person who left).
 */
public interface ChurnRule {
  String name();

  /** The signals this rule raises for {@code customer} as of {@code asOf}; empty when it sees nothing. */
  List<ChurnSignal> check(Customer customer, LocalDate asOf);
}
