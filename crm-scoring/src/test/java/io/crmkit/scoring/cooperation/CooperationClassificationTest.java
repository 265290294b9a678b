package io.crmkit.scoring.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 1-2-3-4 principle (textbook 001): four kinds of customer by behaviour, and the real mix. */
class CooperationClassificationTest {

  static CooperationRecord record(String id, EnumSet<StandardTerm> accepted, int objections, int conditions,
      int brands) {
    return CooperationRecord.builder().customer(CustomerId.of(id)).acceptedTerms(accepted).objections(objections)
        .specialConditions(conditions).brandsCompared(brands).build();
  }

  @Test
  void theFourKindsOfTheTextbookAreToldApartByHowTheyBehave() {
    CooperationRecord byTheBook = record("c-1", EnumSet.allOf(StandardTerm.class), 0, 0, 1);
    CooperationRecord basicallyStandard = record("c-2", EnumSet.complementOf(EnumSet.of(StandardTerm.PAYMENT)), 1, 0, 2);
    CooperationRecord oftenObjects = record("c-3", EnumSet.of(StandardTerm.CONTRACT, StandardTerm.SERVICE), 5, 1, 2);
    CooperationRecord cumbersome = record("c-4", EnumSet.of(StandardTerm.CONTRACT), 6, 7, 6);

    CooperationClassification c = CooperationClassification.of(List.of(byTheBook, basicallyStandard, oftenObjects,
        cumbersome));

    assertThat(c.classOf(CustomerId.of("c-1"))).isEqualTo(CooperationClass.PREMIUM);
    assertThat(c.classOf(CustomerId.of("c-2"))).isEqualTo(CooperationClass.NORMAL);
    assertThat(c.classOf(CustomerId.of("c-3"))).isEqualTo(CooperationClass.DEMANDING);
    assertThat(c.classOf(CustomerId.of("c-4"))).isEqualTo(CooperationClass.DIFFICULT);
    assertThat(c.assessment(CustomerId.of("c-2")).evidence()).contains("negotiates payment away from the standard");
    assertThat(c.assessment(CustomerId.of("c-4")).evidence()).contains("DIFFICULT: negotiates 3 of the 4 standard terms");
  }

  @Test
  void whenEveryCustomerCooperatesNobodyIsPutOnBasicServiceOnly() {
    List<CooperationRecord> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      records.add(record("c-" + i, EnumSet.allOf(StandardTerm.class), 0, 0, i % 3));
    }
    CooperationClassification c = CooperationClassification.of(records);

    assertThat(c.counts()).containsEntry(CooperationClass.PREMIUM, 10).containsEntry(CooperationClass.DIFFICULT, 0);
    assertThat(c.describe()).contains("PREMIUM   10 of 10 (100.0%; typical 30%)")
        .contains("DIFFICULT 0 of 10 (0.0%; typical 10%)");
  }

  @Test
  void theObservedMixIsReportedAgainstThirtyFortyTwentyTen() {
    List<CooperationRecord> records = List.of(record("c-1", EnumSet.allOf(StandardTerm.class), 0, 0, 0),
        record("c-2", EnumSet.allOf(StandardTerm.class), 1, 0, 0),
        record("c-3", EnumSet.allOf(StandardTerm.class), 1, 1, 0),
        record("c-4", EnumSet.noneOf(StandardTerm.class), 9, 9, 9));
    CooperationClassification c = CooperationClassification.of(records);

    assertThat(c.observedShares()).containsEntry(CooperationClass.PREMIUM, new BigDecimal("0.2500"))
        .containsEntry(CooperationClass.NORMAL, new BigDecimal("0.5000"))
        .containsEntry(CooperationClass.DIFFICULT, new BigDecimal("0.2500"));
    assertThat(CooperationClass.PREMIUM.typicalShare().add(CooperationClass.NORMAL.typicalShare())
        .add(CooperationClass.DEMANDING.typicalShare()).add(CooperationClass.DIFFICULT.typicalShare()))
        .isEqualByComparingTo("1");
  }

  @Test
  void theTreatmentFocusesOnTheFirstTwoMovesTheThirdAndGivesTheFourthBasicService() {
    assertThat(CooperationClass.PREMIUM.isFocus()).isTrue();
    assertThat(CooperationClass.NORMAL.isFocus()).isTrue();
    assertThat(CooperationClass.DEMANDING.treatment()).startsWith("work to move them to normal");
    assertThat(CooperationClass.DIFFICULT.treatment()).startsWith("basic service only");
  }

  @Test
  void manyBrandsComparedWithConditionsOfTheirOwnMakeADifficultCustomer() {
    CooperationRecord shopper = record("c-9", EnumSet.complementOf(EnumSet.of(StandardTerm.PRICE,
        StandardTerm.SERVICE)), 2, 2, 5);
    assertThat(CooperationPolicy.DEFAULT.assess(shopper).cooperationClass()).isEqualTo(CooperationClass.DIFFICULT);
    assertThat(CooperationPolicy.builder().manyBrands(6).build().assess(shopper).cooperationClass())
        .isEqualTo(CooperationClass.DEMANDING);
  }

  @Test
  void negativeCountsAndACustomerListedTwiceAreRefused() {
    assertThatThrownBy(() -> record("c-1", EnumSet.allOf(StandardTerm.class), -1, 0, 0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cooperationRecord.objections");
    CooperationRecord one = record("c-1", EnumSet.allOf(StandardTerm.class), 0, 0, 0);
    assertThatThrownBy(() -> CooperationClassification.of(List.of(one, one)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must hold each customer once");
  }
}
