package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintHistoryCheck;
import io.crmkit.core.complaint.HandlerDirectory;
import io.crmkit.core.complaint.HandlerRole;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.RedactedCustomer;
import io.crmkit.core.customer.confidentiality.DisclosureAuditEntry;
import io.crmkit.core.customer.confidentiality.DisclosureAuthoriser;
import io.crmkit.core.customer.confidentiality.DisclosurePurpose;
import io.crmkit.core.customer.confidentiality.DisclosureRefusedException;
import io.crmkit.core.customer.confidentiality.DisclosureRequest;
import io.crmkit.core.customer.confidentiality.Disclosures;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.ErasureRecord;
import io.crmkit.persistence.Pseudonyms;
import io.crmkit.persistence.UnitOfWork;
import io.crmkit.persistence.memory.InMemoryComplaints;
import io.crmkit.persistence.memory.InMemoryCustomers;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The snippets of the guide's "Security and privacy" section (crm-examples/GUIDE.md), compiled and checked. */
class ReadmeSecuritySnippetsTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private final byte[] secretFromTheKeyStore = filled(32);

  private static byte[] filled(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) 42);
    return b;
  }

  private Customer zhou() {
    return Customer.builder().from(Customer.person(CustomerId.of("c-201"), "Zhou Ming"))
        .addContactPoint(ContactPoint.verified(ContactPointKind.EMAIL, "zhou.ming@example.com")).build()
        .assignAccountManager(EmployeeId.of("em-anna"), clock.instant().minusSeconds(86_400))
        .recordFact(ProfileFact.builder().key(FactKey.of("assets")).category(FactCategory.FINANCIAL)
            .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR 182,000").source("statement")
            .recordedAt(clock.instant()).build());
  }

  @Test
  void theHostProvidesTheAuthoriserTheAuditSinkAndTheClock() {
    Customer zhou = zhou();
    // README: security-disclosure
    List<DisclosureAuditEntry> auditTrail = new ArrayList<>();   // the host's audit store
    Disclosures desk = Disclosures.of(
        DisclosureAuthoriser.ownAccountManagerOrRoles(
            employee -> employee.value().equals("em-kim") ? Set.of("complaints-team") : Set.of(),   // host directory
            Map.of(DisclosurePurpose.COMPLAINT_HANDLING, Set.of("complaints-team"))),
        auditTrail::add, clock);

    desk.disclose(zhou, FactKey.of("assets"),
        DisclosureRequest.forStaff(EmployeeId.of("em-kim"), DisclosurePurpose.COMPLAINT_HANDLING));  // granted
    // desk.disclose(zhou, FactKey.of("assets"),
    //     DisclosureRequest.forStaff(EmployeeId.of("em-kim"), DisclosurePurpose.CREDIT_DECISION))
    //   -> DisclosureRefusedException: em-kim ... holds no role the host allows for CREDIT_DECISION
    // auditTrail: one entry per decision, granted or refused, never the value
    // README: end
    assertThatThrownBy(() -> desk.disclose(zhou, FactKey.of("assets"),
        DisclosureRequest.forStaff(EmployeeId.of("em-kim"), DisclosurePurpose.CREDIT_DECISION)))
        .isInstanceOf(DisclosureRefusedException.class).hasMessageContaining("CREDIT_DECISION");
    assertThat(auditTrail).extracting(DisclosureAuditEntry::granted).containsExactly(true, false);
    assertThat(auditTrail.toString()).doesNotContain("182,000");
  }

  @Test
  void aRedactedViewShowsTheShapeNotTheData() {
    Customer zhou = zhou();
    // README: security-redacted
    RedactedCustomer.of(zhou).describe();
    // "c-201 PERSON Z*** M***, EMAIL z***@*** (verified), 1 fact(s), 0 order(s)"
    zhou.toString();   // ids, kind, version and counts only
    // README: end
    assertThat(RedactedCustomer.of(zhou).describe())
        .isEqualTo("c-201 PERSON Z*** M***, EMAIL z***@*** (verified), 1 fact(s), 0 order(s)");
    assertThat(zhou.toString()).doesNotContain("Zhou").doesNotContain("zhou.ming");
  }

  @Test
  void erasureUnderAKeyedPseudonymAndAStoreThatChecksHistories() {
    InMemoryCustomers customers = new InMemoryCustomers(clock);
    customers.save(zhou());
    // README: security-erasure
    Pseudonyms pseudonyms = Pseudonyms.of("2026-03", secretFromTheKeyStore);   // HMAC-SHA256, >= 32 bytes
    HandlerDirectory staff = HandlerDirectory.of(Map.of(EmployeeId.of("em-mei"),
        Set.of(HandlerRole.AGENT, HandlerRole.SUPERVISOR)));                   // roles from the host, not the caller
    InMemoryComplaints complaints = new InMemoryComplaints(
        ComplaintHistoryCheck.of(ComplaintHandling.on(clock, staff), staff));    // appends pass the live guards

    ErasureRecord erased = Erasure.erase(CustomerId.of("c-201"), pseudonyms, customers, complaints,
        UnitOfWork.none(), clock);
    pseudonyms.confirms(erased, CustomerId.of("c-201"));   // Optional[true]; without the key: no way back
    Pseudonyms next = pseudonyms.rotatedTo("2026-09", secretFromTheKeyStore.clone());   // rotation keeps old keys
    // README: end
    assertThat(erased.customerErased()).isTrue();
    assertThat(customers.find(CustomerId.of("c-201"))).isEmpty();
    assertThat(pseudonyms.confirms(erased, CustomerId.of("c-201"))).contains(true);
    assertThat(next.confirms(erased, CustomerId.of("c-201"))).contains(true);
    assertThat(next.currentKeyId()).isEqualTo("2026-09");
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmeSecuritySnippetsTest")).isEqualTo(3);
  }
}
