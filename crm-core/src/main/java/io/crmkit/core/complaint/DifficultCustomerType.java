package io.crmkit.core.complaint;

import java.util.List;

/**
 * The four difficult customers met in complaint handling, a state of the relationship rather than a
 * personality, each with the techniques practice recommends.
 */
public enum DifficultCustomerType {
  /** Loud: shouts, repeats, wants to be heard. */
  LOUD(List.of("let them vent without interrupting", "show respect and take them seriously",
      "propose a concrete solution", "consider a compensation")),
  /** Domineering: demands, lectures, wants control. */
  DOMINEERING(List.of("acknowledge their strengths and experience", "do more and say less",
      "let results speak")),
  /** Hesitant: doubts, postpones, fears a wrong decision. */
  HESITANT(List.of("remove doubts with facts", "cite successful cases",
      "act as an honest adviser offering a few clear choices")),
  /** Picky: finds fault with every detail, changes requirements. */
  PICKY(List.of("agree requirements up front", "get every change signed",
      "decline unreasonable demands politely", "find the real need behind the details"));

  private final List<String> techniques;

  DifficultCustomerType(List<String> techniques) {
    this.techniques = techniques;
  }

  /** The recommended techniques, in the order to apply them. */
  public List<String> techniques() {
    return techniques;
  }
}
