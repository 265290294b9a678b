package io.crmkit.persistence.jdbc;

import static io.crmkit.persistence.contract.ContractFixtures.NOW;

import io.crmkit.core.complaint.Complaint;
import io.crmkit.core.complaint.ComplaintId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.persistence.contract.ContractFixtures;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

/**
 * The child process of {@link CrashSafetyTest}: writes customers and complaint events to an H2 file
 * ({@code h2 <file> <seed>}) or a PostgreSQL database ({@code postgresql <jdbc-url> <seed>}) in an endless loop, and prints one acknowledgement line after each save has returned. The parent
 * kills it without warning and checks that every acknowledged save survived whole.
 *
 * <p>Invariants it keeps, for the parent to check: a customer at version v holds v facts (each save,
 * the first included, adds one); a complaint's history is a prefix of {@link ContractFixtures#complaint}.
 */
public final class CrashingWriter {
  static final int CUSTOMERS = 40;
  static final int COMPLAINTS = 400;

  private CrashingWriter() {}

  public static void main(String[] args) {
    Random random = new Random(Long.parseLong(args[2]));
    PrintStream out = System.out;
    JdbcStores stores = args[0].equals("h2") ? H2Files.open(Path.of(args[1])) : JdbcStores.on(PostgresServer.pool(args[1]));
    out.println("READY");
    out.flush();
    while (true) {
      switch (random.nextInt(3)) {
        case 0 -> {
          Customer saved = saveCustomer(stores, random);
          out.println("C " + saved.id().value() + " " + saved.version());
        }
        case 1 -> {
          Complaint c = appendComplaint(stores, random);
          out.println("E " + c.id().value() + " " + c.history().size());
        }
        default -> {
          // Both in one transaction: both acknowledged after the commit, or neither.
          Object[] both = stores.unitOfWork().inTransaction(() ->
              new Object[] {saveCustomer(stores, random), appendComplaint(stores, random)});
          Customer saved = (Customer) both[0];
          Complaint c = (Complaint) both[1];
          out.println("C " + saved.id().value() + " " + saved.version());
          out.println("E " + c.id().value() + " " + c.history().size());
        }
      }
      out.flush();
    }
  }

  private static Customer saveCustomer(JdbcStores stores, Random random) {
    CustomerId id = customerId(random.nextInt(CUSTOMERS));
    Optional<Customer> found = stores.customers().find(id);
    Customer base = found.orElseGet(() -> Customer.person(id, "Customer " + id.value()));
    int n = base.facts().size();
    return stores.customers().save(base.recordFact(ProfileFact.builder().key(FactKey.of("f-" + n))
        .category(FactCategory.FINANCIAL).sensitivity(Sensitivity.CONFIDENTIAL).content("balance " + random.nextInt())
        .source("crash drill").recordedAt(NOW).build()));
  }

  private static Complaint appendComplaint(JdbcStores stores, Random random) {
    ComplaintId id = complaintId(random.nextInt(COMPLAINTS));
    Complaint full = ContractFixtures.complaint(id.value());
    int stored = stores.complaints().find(id).map(c -> c.history().size()).orElse(0);
    if (stored == full.history().size()) {
      return full;
    }
    int upTo = Math.min(full.history().size(), stored + 1 + random.nextInt(2));
    return stores.complaints().append(id, stored, full.history().subList(stored, upTo));
  }

  static CustomerId customerId(int n) {
    return CustomerId.of(String.format("c-crash-%03d", n));
  }

  static ComplaintId complaintId(int n) {
    return ComplaintId.of(String.format("CMP-crash-%04d", n));
  }
}
