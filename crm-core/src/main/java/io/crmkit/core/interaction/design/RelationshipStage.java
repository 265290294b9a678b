package io.crmkit.core.interaction.design;

import java.util.ArrayList;
import java.util.List;

/**
 * The stage of the relationship an interaction design addresses (互动对象 by 客户关系生命周期阶段), with
 * what customers in that stage expect. The basic expectation (基本期望) is what they take for granted:
 * missing it disappoints, meeting it earns nothing extra. The potential expectation (潜在期望) is what
 * they hope for without asking: meeting it is where an interaction deepens the relationship.
 *
 * <p>Basic expectations accumulate: a growing customer expects everything a newly won one was given,
 * a mature customer everything a growing one was given ({@link #basicExpectations()}).
 *
 * <p>This is the design's own three-stage view, as the textbook tabulates it; the finer lifecycle
 * of key accounts lives with the key-account stages.
 */
public enum RelationshipStage {
  /** 潜在获取期: a customer the company is trying to win. */
  POTENTIAL_ACQUISITION(
      "quality tangible products with the supplementary products that go with them",
      "greater material benefit and the company's care"),
  /** 客户成长期: a customer whose business with the company is growing. */
  GROWTH(
      "everything offered in the acquisition stage",
      "to be valued by the company out of the ordinary"),
  /** 客户成熟期: a customer in a settled, mature relationship. */
  MATURITY(
      "everything offered in the growth stage, and value given and received that is balanced between "
          + "the company and the customer",
      "to become part of the company, with their own importance to it recognised");

  private final String basicExpectation;
  private final String potentialExpectation;

  RelationshipStage(String basicExpectation, String potentialExpectation) {
    this.basicExpectation = basicExpectation;
    this.potentialExpectation = potentialExpectation;
  }

  /** What customers in this stage take for granted (基本期望), as the table states it for the stage. */
  public String basicExpectation() {
    return basicExpectation;
  }

  /** What customers in this stage hope for without asking (潜在期望). */
  public String potentialExpectation() {
    return potentialExpectation;
  }

  /**
   * The basic expectations of this stage together with those of every earlier stage, earliest
   * first: the whole floor an interaction with a customer in this stage must not fall below.
   */
  public List<String> basicExpectations() {
    List<String> floor = new ArrayList<>();
    for (RelationshipStage earlier : values()) {
      floor.add(earlier.basicExpectation);
      if (earlier == this) {
        break;
      }
    }
    return List.copyOf(floor);
  }
}
