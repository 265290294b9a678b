package io.crmkit.persistence.contract;

import static io.crmkit.persistence.contract.ContractFixtures.CLOCK;
import static io.crmkit.persistence.contract.ContractFixtures.acme;
import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.persistence.Complaints;
import io.crmkit.persistence.Customers;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.ErasureRecord;
import io.crmkit.persistence.StyleProfiles;
import io.crmkit.persistence.UnitOfWork;
import org.junit.jupiter.api.Test;

/** The right to be forgotten across an adapter's stores. */
public abstract class ErasureContract {

  protected abstract Customers newCustomers();

  protected abstract Complaints newComplaints();

  protected abstract StyleProfiles newStyleProfiles();

  protected UnitOfWork unitOfWork() {
    return UnitOfWork.none();
  }

  @Test
  void requirement_erasureRemovesPersonalDataKeepsTheFiguresAndRecordsNoPersonalData() {
    Customers customers = newCustomers();
    Complaints complaints = newComplaints();
    Customer stored = customers.save(acme());
    Complaint c = complaint("CMP-9");
    complaints.save(c, 0);
    StyleProfiles profiles = newStyleProfiles();
    profiles.save(StyleProfilesContract.analytical(stored.id().value(), 3), 0);

    ErasureRecord record = Erasure.erase(stored.id(), customers, complaints, profiles, unitOfWork(), CLOCK);

    assertThat(profiles.find(stored.id())).isEmpty();
    assertThat(record.styleProfileErased()).isTrue();

    Customer erased = customers.find(stored.id()).orElseThrow();
    assertThat(erased.displayName()).isEqualTo(Erasure.ERASED);
    assertThat(erased.contactPoints()).isEmpty();
    assertThat(erased.facts()).isEmpty();
    assertThat(erased.contactPersons()).isEmpty();
    assertThat(erased.consents()).isEmpty();
    assertThat(erased.orders()).hasSize(1).allSatisfy(o -> assertThat(o.notes()).isEmpty());
    assertThat(erased.orders().get(0).total()).isEqualTo(stored.orders().get(0).total());
    assertThat(erased.toString()).doesNotContain("Acme").doesNotContain("info@acme");

    Complaint kept = complaints.find(c.id()).orElseThrow();
    assertThat(kept.history()).hasSize(c.history().size());
    assertThat(kept.state()).isEqualTo(c.state());
    assertThat(kept.history()).allSatisfy(e -> assertThat(e.note()).isEqualTo(Erasure.ERASED));
    assertThat(kept.status().receipt().whatHappened()).isEqualTo(Erasure.ERASED);

    assertThat(record.customerErased()).isTrue();
    assertThat(record.complaintsErased()).isEqualTo(1);
    assertThat(record.subjectPseudonym()).hasSize(64).doesNotContain("acme");
    assertThat(record.toString()).doesNotContain("c-acme");
  }

  @Test
  void requirement_anErasureCountsAndTouchesOnlyTheSubjectsComplaints() {
    Customers customers = newCustomers();
    Complaints complaints = newComplaints();
    complaints.save(complaint("CMP-A", CustomerId.of("c-a")), 0);
    complaints.save(complaint("CMP-B", CustomerId.of("c-b")), 0);
    Erasure.erase(CustomerId.of("c-a"), customers, complaints, unitOfWork(), CLOCK);

    ErasureRecord second = Erasure.erase(CustomerId.of("c-b"), customers, complaints,
        unitOfWork(), CLOCK);

    assertThat(second.complaintsErased()).isEqualTo(1);
    assertThat(second.customerErased()).isFalse();
    assertThat(complaints.find(ComplaintId.of("CMP-B")).orElseThrow().status().receipt()
        .whatHappened()).isEqualTo(Erasure.ERASED);
  }
}
