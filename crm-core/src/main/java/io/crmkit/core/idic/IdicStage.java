package io.crmkit.core.idic;

/**
 * The four stages of the IDIC model (Peppers and Rogers) that organise every crmkit capability.
 * They build on each other: a customer must be identified before they can be told apart, told apart
 * before interaction can be tailored, and known through interaction before treatment is customized.
 */
public enum IdicStage {
  /** Know each customer as one individual, reachable, with no duplicate records. */
  IDENTIFY("Identify", "know each customer as one individual you can reach"),
  /** Tell customers apart by value and by needs and style. */
  DIFFERENTIATE("Differentiate", "tell customers apart by value and by style"),
  /** Keep in touch on the customer's channels and at their cadence, learning from each contact. */
  INTERACT("Interact", "stay in contact at the customer's cadence"),
  /** Treat each customer according to what you learned: an active treatment plan. */
  CUSTOMIZE("Customize", "treat the customer by an active plan made for them");

  private final String title;
  private final String aim;

  IdicStage(String title, String aim) {
    this.title = title;
    this.aim = aim;
  }

  public String title() {
    return title;
  }

  /** What the stage aims at, in one phrase. */
  public String aim() {
    return aim;
  }
}
