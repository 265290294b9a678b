package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCause;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintSeverity;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.Handler;
import io.crmkit.core.complaint.Receipt;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.customer.contact.ContactPerson;
import io.crmkit.core.customer.contact.ContactRole;
import io.crmkit.core.customer.sales.Order;
import io.crmkit.core.customer.sales.Product;
import io.crmkit.core.money.Money;
import io.crmkit.examples.storage.EmbeddedPostgresql;
import io.crmkit.persistence.jdbc.JdbcStores;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guide's search snippet: a host's own SQL on the searchable projections the JDBC stores keep in
 * {@code jsonb} columns on PostgreSQL (schema version 4), run on a real server.
 */
class ReadmeSearchSnippetsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void aHostFindsCustomersAndComplaintsWithItsOwnSqlOnTheJsonbProjections() throws SQLException {
    try (HikariDataSource pool = EmbeddedPostgresql.newDatabase("search_example", 2)) {
      JdbcStores crm = JdbcStores.on(pool);
      crm.customers().save(organization("c-1", 1, LocalDate.of(2025, 11, 3)));  // one contact, ordered long ago
      crm.customers().save(organization("c-2", 2, LocalDate.of(2025, 10, 1)));  // two contacts
      crm.customers().save(organization("c-3", 1, LocalDate.of(2026, 2, 20)));  // ordered recently
      crm.customers().save(Customer.person(CustomerId.of("c-4"), "Li Wei"));
      crm.complaints().save(judged("CMP-1", ComplaintCause.DELIVERY), 0);
      crm.complaints().save(judged("CMP-2", ComplaintCause.PRODUCT_QUALITY), 0);

      List<String> found = new ArrayList<>();
      List<String> complaints = new ArrayList<>();
      // README: search
      // Organizations that hang on one contact person and have not ordered since 1 December:
      // containment (@>) uses the GIN index; ISO dates compare as text.
      try (Connection c = pool.getConnection();
          PreparedStatement q = c.prepareStatement("""
              SELECT id FROM crmkit_customer
              WHERE search @> '{"kind":"ORGANIZATION","risks":["SINGLE_CONTACT_PERSON"]}'
                AND search->>'lastOrderOn' < ?
              ORDER BY id""")) {
        q.setString(1, "2025-12-01");
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            found.add(r.getString(1));                       // c-1
          }
        }
      }
      // Complaints judged valid with a delivery cause, from the events' projections:
      try (Connection c = pool.getConnection();
          ResultSet r = c.createStatement().executeQuery("""
              SELECT complaint_id FROM crmkit_complaint_event
              WHERE search @> '{"step":"JUDGE_VALID","action":{"cause":"DELIVERY"}}'""")) {
        while (r.next()) {
          complaints.add(r.getString(1));                    // CMP-1
        }
      }
      // README: end

      assertThat(found).containsExactly("c-1");
      assertThat(complaints).containsExactly("CMP-1");
    }
  }

  @Test
  void theGuideShowsEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeSearchSnippetsTest")).isEqualTo(1);
  }

  private static Customer organization(String id, int contactPersons, LocalDate lastOrder) {
    var b = Customer.builder().from(Customer.organization(CustomerId.of(id), "Organization " + id));
    for (int i = 0; i < contactPersons; i++) {
      b.addContactPerson(ContactPerson.of("Contact " + i, i == 0 ? ContactRole.DECISION_MAKER : ContactRole.DAILY_CONTACT));
    }
    return b.build().placeOrder(Order.builder().orderId("o-" + id).orderDate(lastOrder)
        .product(Product.of("Pallet racking", "PR-9")).unitPrice(Money.of("1200.00", "EUR")).quantity(2).build());
  }

  private static Complaint judged(String id, ComplaintCause cause) {
    Handler agent = Handler.agent("em-lin");
    ComplaintHandling handling = ComplaintHandling.on(CLOCK);
    Complaint c = handling.receive(ComplaintId.of(id), Receipt.builder().complainant(CustomerId.of("c-1"))
        .channel(Channel.EMAIL).whatHappened("racking delivered without bolts").severity(ComplaintSeverity.MEDIUM)
        .build(), agent);
    c = handling.apply(c, ComplaintCommand.acknowledge(agent, "soothed, promised a call back"));
    c = handling.apply(c, ComplaintCommand.step(ComplaintStep.START_INVESTIGATION, agent, "check the packing list"));
    c = handling.apply(c, ComplaintCommand.recordFacts(agent, "bolts missing", Optional.of(cause)));
    return handling.apply(c, ComplaintCommand.judgeValid(agent, cause, "packing error"));
  }
}
