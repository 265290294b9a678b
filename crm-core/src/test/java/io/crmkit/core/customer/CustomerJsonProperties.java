package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.codec.Json;
import io.crmkit.core.codec.RecordFormatException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON form keeps everything the binary record keeps: a customer reads back equal, confidential
 * values included; damaged JSON is refused naming the field's path and never a stored value.
 */
class CustomerJsonProperties {

  @Test
  void everyCustomerReadsBackEqualFromItsJson() {
    qt().withExamples(300).forAll(CustomerCodecProperties.fullCustomers())
        .check(c -> CustomerJson.decode(CustomerJson.encode(c)).equals(c));
  }

  @Test
  void theJsonAndTheBinaryRecordHoldTheSameCustomer() {
    qt().withExamples(200).forAll(CustomerCodecProperties.fullCustomers()).checkAssert(c ->
        assertThat(CustomerJson.decode(CustomerJson.encode(c))).isEqualTo(CustomerCodec.decode(CustomerCodec.encode(c), c.version())));
  }

  @Test
  void theJsonIsOneObjectWithTheModelsFieldNamesAndExactDecimalText() {
    Customer c = Customer.person(CustomerId.of("c-1"), "Li Wei \"the second\"\n");
    String json = CustomerJson.encode(c);
    assertThat(json).startsWith("{\"format\":1,\"id\":\"c-1\",\"version\":0,\"kind\":\"PERSON\",")
        .contains("\"displayName\":\"Li Wei \\\"the second\\\"\\n\"");
    assertThat(Json.parse(json, "customer")).isInstanceOf(Map.class);
  }

  @Test
  void everyCutShortJsonIsRefusedAsAFormatErrorThatShowsNoStoredValue() {
    qt().withExamples(100).forAll(CustomerCodecProperties.fullCustomers(), integers().between(0, 100_000))
        .checkAssert((c, cut) -> {
          String json = CustomerJson.encode(c);
          String prefix = json.substring(0, cut % json.length());
          assertThatThrownBy(() -> CustomerJson.decode(prefix)).isInstanceOf(RecordFormatException.class)
              .hasMessageStartingWith("customer JSON: ").hasMessageNotContaining(c.displayName());
        });
  }

  @Test
  void aMissingOrMistypedFieldIsNamedByItsPath() {
    String json = CustomerJson.encode(Customer.person(CustomerId.of("c-1"), "Li Wei"));
    assertThatThrownBy(() -> CustomerJson.decode(json.replace("\"kind\":\"PERSON\"", "\"kind\":\"PERSOX\"")))
        .isInstanceOf(RecordFormatException.class).hasMessage("customer JSON: kind is not a CustomerKind");
    assertThatThrownBy(() -> CustomerJson.decode(json.replace("\"version\":0,", "")))
        .hasMessage("customer JSON: version is missing");
    assertThatThrownBy(() -> CustomerJson.decode(json.replace("\"format\":1", "\"format\":3")))
        .hasMessage("customer JSON: format is 3, this version reads 1 (and the sealed form 2)");
    assertThatThrownBy(() -> CustomerJson.decode("[1,2]")).hasMessage("customer JSON: the top level must be a JSON object");
  }
}
