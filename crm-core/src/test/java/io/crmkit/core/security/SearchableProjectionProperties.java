package io.crmkit.core.security;

import static io.crmkit.core.security.LeakScanTest.assertHoldsNone;
import static io.crmkit.core.security.LeakScanTest.personalValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.PropertySize;
import io.crmkit.core.codec.JsonFields;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodecProperties;
import io.crmkit.core.customer.CustomerGen;
import io.crmkit.core.customer.CustomerJson;
import org.junit.jupiter.api.Test;

/**
 * The searchable projection a store may keep unencrypted and indexed holds no personal or
 * confidential value of the customer, and still places the customer (ids, kind, counts).
 */
class SearchableProjectionProperties {

  @Test
  void aCustomersSearchableProjectionHoldsNoPersonalOrConfidentialValue() {
    qt().withExamples(PropertySize.examples(300)).forAll(CustomerCodecProperties.fullCustomers().mix(CustomerGen.customers()))
        .checkAssert(c -> assertHoldsNone(CustomerJson.searchable(c), personalValues(c), "searchable projection"));
  }

  @Test
  void aCustomersSearchableProjectionCountsWhatTheRecordHolds() {
    qt().withExamples(PropertySize.examples(200)).forAll(CustomerCodecProperties.fullCustomers()).checkAssert(c -> {
      JsonFields p = JsonFields.parse(CustomerJson.searchable(c), "projection");
      assertThat(p.string("id")).isEqualTo(c.id().value());
      assertThat(p.enumValue(io.crmkit.core.customer.CustomerKind.class, "kind")).isEqualTo(c.kind());
      JsonFields counts = p.object("counts");
      assertThat(counts.intValue("orders")).isEqualTo(c.orders().size());
      assertThat(counts.intValue("facts")).isEqualTo(c.currentFacts().size());
      assertThat(counts.intValue("contactPoints")).isEqualTo(c.contactPoints().size());
      assertThat(p.has("lastOrderOn")).isEqualTo(!c.orders().isEmpty());
      assertThat(p.enums(io.crmkit.core.customer.RelationshipRisk.class, "risks"))
          .containsExactlyElementsOf(c.relationshipRisks());
    });
  }

  @Test
  void theProjectionOfAPlainCustomerIsShortAndReadable() {
    Customer c = Customer.person(io.crmkit.core.customer.CustomerId.of("c-1"), "Li Wei");
    assertThat(CustomerJson.searchable(c)).isEqualTo("{\"id\":\"c-1\",\"kind\":\"PERSON\",\"aliases\":[],"
        + "\"preferredChannels\":[],\"refusedChannels\":[],\"risks\":[\"NO_VERIFIED_CONTACT_POINT\","
        + "\"NO_ACCOUNT_MANAGER\"],\"factCategories\":[],\"counts\":{\"contactPoints\":0,\"verifiedContactPoints\":0,"
        + "\"contactPersons\":0,\"facts\":0,\"orders\":0,\"quotations\":0,\"needs\":0,\"consents\":0,"
        + "\"relatedParties\":0,\"merges\":0}}");
  }
}
