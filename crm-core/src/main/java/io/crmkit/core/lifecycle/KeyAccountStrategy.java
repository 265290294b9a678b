package io.crmkit.core.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * The strategies of each key-account stage (大客户关系的提升策略), after the course material: what the
 * account manager does in the stage, and why. The middle stage's services continue in strategic
 * partnership ({@link #appliesIn()}). {@link KeyAccountStrategies} turns them into playbook rules.
 */
public enum KeyAccountStrategy {
  GESTATION_MANAGER_CONTACT_TIES(EnumSet.of(KeyAccountStage.GESTATION),
      "strengthen the ties between the account manager and the customer's contact person; arrange a meeting of "
          + "both sides' senior leaders when needed",
      "a prospect decides on people it knows and trusts"),
  GESTATION_LEARN_DECISION_PROCESS(EnumSet.of(KeyAccountStage.GESTATION),
      "learn in depth how the customer makes purchase decisions",
      "an offer reaches the decision only through the customer's own process"),
  GESTATION_ESTABLISH_BRAND(EnumSet.of(KeyAccountStage.GESTATION),
      "establish our brand: show our strengths in service, maintenance and network",
      "a prospect compares suppliers before any deal"),
  GESTATION_EXPERIENCED_MANAGER(EnumSet.of(KeyAccountStage.GESTATION),
      "assign a senior account manager with a sales background",
      "the account manager stands for the company's brand and image in the customer's eyes"),
  INITIAL_PERSEVERE(EnumSet.of(KeyAccountStage.INITIAL),
      "persevere and take care of every request, however small",
      "the first trades are where the customer tests whether we can be relied on"),
  INITIAL_COMMUNICATE(EnumSet.of(KeyAccountStage.INITIAL),
      "communicate more and gather information about the customer from many sides",
      "we still know little of the customer's business"),
  INITIAL_STUDY_COMPETITORS(EnumSet.of(KeyAccountStage.INITIAL),
      "study the competitors' offers to this customer and answer them point by point",
      "the customer is still comparing us with the competitors"),
  INITIAL_STABLE_MANAGER(EnumSet.of(KeyAccountStage.INITIAL),
      "keep the same account manager; avoid frequent changes",
      "frequent changes of manager are a cause of interruption"),
  INITIAL_PRODUCT_QUALITY(EnumSet.of(KeyAccountStage.INITIAL),
      "improve product performance and quality and make use and maintenance easy",
      "product quality problems are a cause of interruption"),
  INITIAL_EXPERIENCED_MANAGER(EnumSet.of(KeyAccountStage.INITIAL),
      "serve the account with a manager who has sales experience",
      "a new relationship needs a manager who can win the customer's confidence"),
  MIDDLE_PERSONAL_CARE(EnumSet.of(KeyAccountStage.MIDDLE, KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "give personal, caring service so the customer feels at ease",
      "a steady customer stays for how the relationship feels, not only for the price"),
  MIDDLE_TAILORED_SOLUTION(EnumSet.of(KeyAccountStage.MIDDLE, KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "tailor a whole solution to the customer, such as a yearly plan or a backup plan",
      "we now know the customer's business well enough to serve it as a whole"),
  MIDDLE_SERVICE_STANDARD(EnumSet.of(KeyAccountStage.MIDDLE, KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "raise the account manager's service standard and the product and service quality",
      "quality deepens the customer's trust in us and reliance on us"),
  MIDDLE_SERVICE_MEETINGS(EnumSet.of(KeyAccountStage.MIDDLE, KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "hold regular key-account service meetings",
      "problems are heard before they become reasons to leave"),
  MIDDLE_KEY_CUSTOMER_CLUB(EnumSet.of(KeyAccountStage.MIDDLE, KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "invite the customer to a key-customer club for contact at several levels",
      "contact at many levels keeps the relationship from hanging on one person"),
  MIDDLE_TRAINING(EnumSet.of(KeyAccountStage.MIDDLE, KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "train the customer's staff: equipment and network maintenance, specialist knowledge",
      "a customer who masters our products relies on them"),
  PARTNERSHIP_JOINT_BUSINESS(EnumSet.of(KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "cooperate on several fronts and run business together, for gains on both sides",
      "the customer becomes a partner instead of someone we serve"),
  PARTNERSHIP_CUSTOMER_VIEW(EnumSet.of(KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "think from the customer's side and keep raising the customer's value",
      "a partnership lasts while both sides gain from it"),
  PARTNERSHIP_VIP_RECOGNITION(EnumSet.of(KeyAccountStage.STRATEGIC_PARTNERSHIP),
      "recognise the customer as a VIP, for example with a key-customer VIP card",
      "the customer should feel that its own value has risen");

  private final Set<KeyAccountStage> appliesIn;
  private final String action;
  private final String reason;

  KeyAccountStrategy(Set<KeyAccountStage> appliesIn, String action, String reason) {
    this.appliesIn = Set.copyOf(appliesIn);
    this.action = action;
    this.reason = reason;
  }

  /** The stages in which the strategy is followed. */
  public Set<KeyAccountStage> appliesIn() {
    return appliesIn;
  }

  /** What to do. */
  public String action() {
    return action;
  }

  /** Why, in the stage's terms. */
  public String reason() {
    return reason;
  }
}
