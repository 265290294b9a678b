package io.crmkit.persistence.contract;

import static io.crmkit.persistence.contract.ContractFixtures.CLOCK;
import static io.crmkit.persistence.contract.ContractFixtures.NOW;
import static io.crmkit.persistence.contract.ContractFixtures.AGENT;
import static io.crmkit.persistence.contract.ContractFixtures.acme;
import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintCommand;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.complaint.ComplaintStep;
import io.crmkit.core.complaint.DifficultCustomerType;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.confidentiality.Consent;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.RelatedParty;
import io.crmkit.core.customer.profile.Relation;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.ErasureRecord;
import io.crmkit.persistence.Pseudonyms;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The right to be forgotten across an adapter's stores: under the id and every alias, in every
 * store, leaving nothing personal and a record that cannot be reversed without the host's key.
 */
public abstract class ErasureContract {
  /** The host's secret in a test: 32 bytes. A real host keeps it in its key store. */
  protected static final Pseudonyms PSEUDONYMS = Pseudonyms.of("test-key-1", secret((byte) 7));

  protected abstract Customers newCustomers();

  protected abstract Complaints newComplaints();

  protected abstract StyleProfiles newStyleProfiles();

  protected abstract Interactions newInteractions();

  protected UnitOfWork unitOfWork() {
    return UnitOfWork.none();
  }

  protected static byte[] secret(byte fill) {
    byte[] s = new byte[32];
    Arrays.fill(s, fill);
    return s;
  }

  @Test
  void requirement_erasureRemovesPersonalDataKeepsTheFiguresUnderASurrogateAndRecordsNoPersonalData() {
    Customers customers = newCustomers();
    Complaints complaints = newComplaints();
    Customer stored = customers.save(acme());
    Complaint c = complaint("CMP-9");
    complaints.save(c, 0);
    StyleProfiles profiles = newStyleProfiles();
    profiles.save(StyleProfilesContract.analytical(stored.id().value(), 3), 0);

    Interactions log = newInteractions();
    log.append(InteractionsContract.call("I-1", stored.id().value(), 3, 10));
    log.append(InteractionsContract.call("I-2", "c-other", 3, 11));

    ErasureRecord record = Erasure.erase(stored.id(), PSEUDONYMS, customers, complaints, profiles, log, unitOfWork(), CLOCK);

    assertThat(profiles.find(stored.id())).isEmpty();
    assertThat(record.interactionsErased()).isEqualTo(1);
    assertThat(log.revisions(io.crmkit.core.interaction.InteractionId.of("I-1")))
        .allSatisfy(i -> assertThat(i.summary()).isEmpty());
    assertThat(log.find(io.crmkit.core.interaction.InteractionId.of("I-2")).orElseThrow().summary()).isPresent();
    // No interaction names the erased customer any more: they are filed under the erasure's surrogate.
    assertThat(log.revisions(io.crmkit.core.interaction.InteractionId.of("I-1")))
        .allSatisfy(i -> assertThat(i.customer().value()).startsWith("anon-"));
    assertThat(log.lastContacts(List.of(stored.id()))).isEmpty();
    assertThat(log.stream().map(i -> i.customer()).collect(Collectors.toList())).doesNotContain(stored.id());
    assertThat(record.styleProfileErased()).isTrue();
    assertThat(customers.find(stored.id())).isEmpty();
    List<Customer> left = customers.stream().collect(Collectors.toList());
    assertThat(left).singleElement().satisfies(kept -> {
      assertThat(kept.id().value()).startsWith("anon-");
      assertThat(kept.displayName()).isEqualTo(Erasure.ERASED);
      assertThat(kept.contactPoints()).isEmpty();
      assertThat(kept.facts()).isEmpty();
      assertThat(kept.consents()).isEmpty();
      assertThat(kept.quotations()).isEmpty();
      assertThat(kept.potentialVolume()).isEmpty();
      assertThat(kept.aliases()).isEmpty();
      assertThat(kept.accountManagers()).isEmpty();
      assertThat(kept.orders()).hasSize(1).allSatisfy(o -> {
        assertThat(o.notes()).isEmpty();
        assertThat(o.product().name()).isEqualTo(Erasure.ERASED);
        assertThat(o.orderId()).doesNotContain("o-1001");
      });
      assertThat(kept.orders().get(0).total()).isEqualTo(stored.orders().get(0).total());
      assertThat(kept.orders().get(0).orderDate()).isEqualTo(stored.orders().get(0).orderDate());
    });

    Complaint kept = complaints.find(c.id()).orElseThrow();
    assertThat(kept.history()).hasSize(c.history().size());
    assertThat(kept.state()).isEqualTo(c.state());
    assertThat(kept.history()).allSatisfy(e -> assertThat(e.note()).isEqualTo(Erasure.ERASED));
    assertThat(kept.status().receipt().whatHappened()).isEqualTo(Erasure.ERASED);
    assertThat(kept.status().receipt().complainant()).isEqualTo(left.get(0).id());

    assertThat(record.customerErased()).isTrue();
    assertThat(record.complaintsErased()).isEqualTo(1);
    assertThat(record.subjectPseudonym()).hasSize(64).doesNotContain("acme");
    assertThat(record.toString()).doesNotContain("c-acme").doesNotContain(left.get(0).id().value());
  }

  @Test
  void requirement_thePseudonymIsNotTheUnkeyedHashAndOnlyTheKeyConfirmsIt() {
    Customers customers = newCustomers();
    customers.save(Customer.person(CustomerId.of("c-04711"), "Zhou Ming"));
    ErasureRecord record = Erasure.erase(CustomerId.of("c-04711"), PSEUDONYMS, customers, newComplaints(),
        unitOfWork(), CLOCK);
    // The attack that reversed the old pseudonym: hash every id of the numbering scheme.
    String found = IntStream.range(0, 100_000).mapToObj(i -> String.format("c-%05d", i))
        .filter(id -> Hashing.sha256().hashString(id, StandardCharsets.UTF_8).toString().equals(record.subjectPseudonym()))
        .findFirst().orElse(null);
    assertThat(found).isNull();
    assertThat(PSEUDONYMS.confirms(record, CustomerId.of("c-04711"))).contains(true);
    assertThat(PSEUDONYMS.confirms(record, CustomerId.of("c-04712"))).contains(false);
    Pseudonyms rotated = PSEUDONYMS.rotatedTo("test-key-2", secret((byte) 9));
    assertThat(rotated.of(CustomerId.of("c-04711"))).isNotEqualTo(record.subjectPseudonym());
    assertThat(rotated.confirms(record, CustomerId.of("c-04711"))).contains(true);
    assertThat(rotated.withoutKey("test-key-1").confirms(record, CustomerId.of("c-04711"))).isEmpty();
  }

  @Test
  void requirement_erasingByAnAliasErasesTheSurvivorAndEveryAliasInEveryStore() {
    Customers customers = newCustomers();
    Complaints complaints = newComplaints();
    StyleProfiles profiles = newStyleProfiles();
    Customer acme = customers.save(acme());   // aliases: c-acme-old
    complaints.save(complaint("CMP-1"), 0);
    complaints.save(complaint("CMP-2", CustomerId.of("c-acme-old")), 0);
    profiles.save(StyleProfilesContract.analytical("c-acme-old", 3), 0);

    ErasureRecord record = Erasure.erase(CustomerId.of("c-acme-old"), PSEUDONYMS, customers, complaints, profiles,
        unitOfWork(), CLOCK);

    assertThat(record.customerErased()).isTrue();
    assertThat(record.aliasesErased()).isEqualTo(1);
    assertThat(record.complaintsErased()).isEqualTo(2);
    assertThat(record.styleProfileErased()).isTrue();
    assertThat(customers.find(acme.id())).isEmpty();
    assertThat(complaints.stream()).allSatisfy(k -> {
      assertThat(k.status().receipt().complainant().value()).doesNotContain("acme");
      assertThat(k.status().receipt().remedyRequested()).contains(Erasure.ERASED);
    });
  }

  @Test
  void requirement_otherCustomersNoLongerNameTheErased() {
    Customers customers = newCustomers();
    Customer acme = customers.save(acme());
    customers.save(Customer.builder().from(Customer.person(CustomerId.of("c-x"), "Xu Lan"))
        .addRelatedParty(RelatedParty.of(acme.id(), Relation.OTHER))
        .addRelatedParty(RelatedParty.of(CustomerId.of("c-y"), Relation.FAMILY_MEMBER))
        .addConsent(Consent.of(CustomerId.of("c-acme-old"), Set.of(FactCategory.FINANCIAL), NOW.minusSeconds(60),
            NOW.plusSeconds(600))).build());

    ErasureRecord record = Erasure.erase(acme.id(), PSEUDONYMS, customers, newComplaints(), unitOfWork(), CLOCK);

    Customer x = customers.find(CustomerId.of("c-x")).orElseThrow();
    assertThat(x.relatedParties()).extracting(RelatedParty::party).containsExactly(CustomerId.of("c-y"));
    assertThat(x.consents()).isEmpty();
    assertThat(record.linksRemoved()).isEqualTo(2);
  }

  @Test
  void requirement_erasedComplaintsKeepNoDifficultCustomerTag() {
    Complaints complaints = newComplaints();
    ComplaintHandling handling = ComplaintHandling.on(CLOCK);
    Complaint tagged = handling.apply(complaint("CMP-T"), ComplaintCommand.tagDifficult(AGENT,
        DifficultCustomerType.values()[0], "shouted at the branch"));
    complaints.save(tagged, 0);

    Erasure.erase(CustomerId.of("c-acme"), PSEUDONYMS, newCustomers(), complaints, unitOfWork(), CLOCK);

    Complaint kept = complaints.find(ComplaintId.of("CMP-T")).orElseThrow();
    assertThat(kept.history()).noneSatisfy(e -> assertThat(e.step()).isEqualTo(ComplaintStep.TAG_DIFFICULT_CUSTOMER));
    assertThat(kept.status().difficultType()).isEmpty();
    assertThat(kept.history()).hasSize(tagged.history().size() - 1);
  }

  @Test
  void requirement_anErasureCountsAndTouchesOnlyTheSubjectsComplaints() {
    Customers customers = newCustomers();
    Complaints complaints = newComplaints();
    complaints.save(complaint("CMP-A", CustomerId.of("c-a")), 0);
    complaints.save(complaint("CMP-B", CustomerId.of("c-b")), 0);
    Erasure.erase(CustomerId.of("c-a"), PSEUDONYMS, customers, complaints, unitOfWork(), CLOCK);

    ErasureRecord second = Erasure.erase(CustomerId.of("c-b"), PSEUDONYMS, customers, complaints,
        unitOfWork(), CLOCK);

    assertThat(second.complaintsErased()).isEqualTo(1);
    assertThat(second.customerErased()).isFalse();
    assertThat(complaints.find(ComplaintId.of("CMP-B")).orElseThrow().status().receipt()
        .whatHappened()).isEqualTo(Erasure.ERASED);
  }
}
