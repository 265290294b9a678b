package io.crmkit.scoring.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CooperationClassificationTest {

  private static CooperationRecord record(int i, boolean contract, boolean price, double onTime, double disputes) {
    return CooperationRecord.builder().customer(CustomerId.of(String.format("c-%02d", i))).standardContract(contract)
        .standardPriceTerms(price).paidOnTimeShare(onTime).disputesPerPeriod(disputes).build();
  }

  @Test
  void tenCustomersSplitThreeFourTwoOne() {
    List<CooperationRecord> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      records.add(record(i, i < 8, i < 6, 1.0 - i * 0.05, i == 9 ? 4 : 0));
    }
    CooperationClassification c = CooperationClassification.of(records);

    assertThat(c.counts()).containsEntry(CooperationClass.PREMIUM, 3).containsEntry(CooperationClass.NORMAL, 4)
        .containsEntry(CooperationClass.DEMANDING, 2).containsEntry(CooperationClass.DIFFICULT, 1);
    assertThat(c.classOf(CustomerId.of("c-09"))).isEqualTo(CooperationClass.DIFFICULT);
    assertThat(CooperationClass.DIFFICULT.treatment()).startsWith("basic service only");
    assertThat(CooperationClass.DEMANDING.treatment()).startsWith("try to move them to normal");
  }

  @Test
  void equalCooperationSharesAClass() {
    List<CooperationRecord> records = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      records.add(record(i, true, true, 1.0, 0));
    }
    assertThat(CooperationClassification.of(records).counts()).containsEntry(CooperationClass.PREMIUM, 10);
  }

  @Test
  void aShareOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> record(1, true, true, 1.5, 0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cooperationRecord.paidOnTimeShare");
  }
}
