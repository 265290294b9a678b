package io.crmkit.scoring.churn;

import io.crmkit.core.customer.Customer;
import java.time.LocalDate;
import java.util.List;

/**
 * One small rule of churn early warning. The built-in ones ({@link ChurnRules}) read purchase
 * behaviour; hosts add their own (open complaints, a contact person who left), most simply as a class
 * that extends {@link io.crmkit.core.rule.NamedRule}, which supplies {@link #name()}.
 */
public interface ChurnRule {
  /** The rule's name, lower-case kebab-case, as its signals report it. */
  String name();

  /** The signals this rule raises for {@code customer} as of {@code asOf}; empty when it sees nothing. */
  List<ChurnSignal> check(Customer customer, LocalDate asOf);
}
