package io.crmkit.core.lifecycle;

/**
 * The stages of the customer lifecycle (客户生命周期): how far the relationship between the company
 * and one customer has come. Each stage asks for a different treatment, and the stage a customer is in
 * is read from behaviour (crm-scoring infers it from transactions), not declared.
 */
public enum LifecycleStage {
  /**
   * Exploration (考察期): both sides are testing each other. The customer makes small, trial
   * purchases; the company learns whether the customer is worth investing in. Uncertainty is high and
   * the relationship ends easily.
   */
  EXPLORATION("both sides test each other with small, trial purchases; uncertainty is high"),
  /**
   * Growth (成长期): mutual knowledge and trust deepen, and as the volume of trade grows both sides
   * earn more from the relationship.
   */
  GROWTH("mutual knowledge and trust deepen; both sides' returns grow with the volume of trade"),
  /**
   * Maturity (成熟期): both sides are satisfied with what the relationship gives; trade is high and
   * steady, and each side is committed to it for the long term.
   */
  MATURITY("trade is high and steady; both sides are satisfied and committed for the long term"),
  /**
   * Decline (退化期): trade falls or has stopped; one side is weighing the end of the relationship or
   * has already left.
   */
  DECLINE("trade falls or has stopped; one side is weighing the end of the relationship");

  private final String meaning;

  LifecycleStage(String meaning) {
    this.meaning = meaning;
  }

  /** What the stage means for the relationship, in a sentence. */
  public String meaning() {
    return meaning;
  }
}
