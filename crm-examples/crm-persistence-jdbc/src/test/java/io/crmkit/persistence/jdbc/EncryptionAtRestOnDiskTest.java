package io.crmkit.persistence.jdbc;

import static io.crmkit.persistence.contract.ContractFixtures.acme;
import static io.crmkit.persistence.contract.ContractFixtures.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.personality.BehaviourCue;
import io.crmkit.core.personality.StyleClassifier;
import io.crmkit.core.personality.StyleProfile;
import io.crmkit.persistence.StorageException;
import io.crmkit.persistence.contract.ContractFixtures;
import io.crmkit.persistence.contract.InteractionsContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacker copies the H2 file (a backup, a stolen laptop) and searches it for what the stores
 * hold. With encryption at rest on ({@link JdbcStores#encryptAtRestWith}), no name, contact point,
 * confidential fact, amount, complaint text, interaction summary or style cue is in the file; without
 * it, they all are.
 */
class EncryptionAtRestOnDiskTest {
  private static final String CUE = "mentions his divorce and the custody case";
  /** What the fixtures hold that must not be readable from the file. */
  private static final List<String> SECRETS = List.of("Acme Trading Co.", "info@acme.example", "021 5555 0100",
      "EUR 48 million", "Ms Chen", "deliver to dock 4", "250000.00", "31000.00", "replace the forklift fleet",
      "racking delivered without bolts", "bolts by Friday", "apologised, promised a call back",
      "talked about the daughter's exams", "Li Ming", CUE);

  @TempDir
  Path dir;

  private static String fileText(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }

  private static boolean holds(String fileText, String value) {
    return fileText.contains(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  /** Stores a customer, a complaint, an interaction and a style profile; returns the saved customer. */
  private static Customer storeEverything(JdbcStores stores) {
    Customer saved = stores.customers().save(acme());
    stores.complaints().save(complaint("CMP-1"), 0);
    stores.interactions().append(InteractionsContract.call("I-1", "c-acme", 3, 10));
    StyleProfile p = StyleProfile.of(CustomerId.of("c-acme"));
    for (int i = 0; i < 3; i++) {
      p = p.observe(BehaviourCue.of(CUE, 0, 2), EmployeeId.of("em-1"), ContractFixtures.NOW.plusSeconds(i),
          StyleClassifier.DEFAULT);
    }
    stores.styleProfiles().save(p, 0);
    return saved;
  }

  private static RecordCipher cipher(String keyId, int seed) {
    return RecordCipher.of(keyId, EncryptedH2StoresTest.key(seed));
  }

  @Test
  void withoutEncryptionTheFileHoldsTheValuesInClear() throws Exception {
    try (JdbcStores stores = H2Files.open(dir.resolve("plain"))) {
      storeEverything(stores);
      String file = fileText(dir.resolve("plain.mv.db"));
      assertThat(SECRETS).allMatch(s -> holds(file, s));
    }
  }

  @Test
  void withEncryptionAtRestTheFileHoldsNoneOfTheValues() throws Exception {
    try (JdbcStores stores = H2Files.open(dir.resolve("sealed")).encryptAtRestWith(cipher("k-2026", 1))) {
      Customer saved = storeEverything(stores);
      String file = fileText(dir.resolve("sealed.mv.db"));
      for (String secret : SECRETS) {
        assertThat(holds(file, secret)).as("the file holds a " + secret.length() + "-character value").isFalse();
      }
      assertThat(stores.customers().find(CustomerId.of("c-acme"))).contains(saved);
      assertThat(stores.complaints().find(complaint("CMP-1").id())).contains(complaint("CMP-1"));
      assertThat(stores.interactions().find(InteractionsContract.call("I-1", "c-acme", 3, 10).id())).isPresent();
      assertThat(stores.styleProfiles().find(CustomerId.of("c-acme"))).isPresent();
    }
  }

  @Test
  void recordsWrittenBeforeEncryptionReadAfterItAndAreSealedWhenNextWritten() throws Exception {
    Path db = dir.resolve("upgrade");
    try (JdbcStores stores = H2Files.open(db)) {
      storeEverything(stores);
    }
    try (JdbcStores stores = H2Files.open(db).encryptAtRestWith(cipher("k-2026", 1))) {
      Customer stored = stores.customers().find(CustomerId.of("c-acme")).orElseThrow();
      assertThat(stored.displayName()).isEqualTo("Acme Trading Co.");
      assertThat(stores.complaints().find(complaint("CMP-1").id())).isPresent();
      stores.customers().save(stored);
      byte[] record = stores.query("read the stored record", c -> {
        try (var s = c.prepareStatement("SELECT record FROM crmkit_customer WHERE id = 'c-acme'");
            var r = s.executeQuery()) {
          r.next();
          return r.getBytes(1);
        }
      });
      assertThat(RecordCipher.keyIdOf(record, 'C', io.crmkit.core.customer.CustomerCodec.SEALED_FORMAT))
          .contains("k-2026");
    }
  }

  @Test
  void afterKeyRotationRecordsUnderTheOlderKeyReadWhileTheHostSuppliesIt() throws Exception {
    Path db = dir.resolve("rotate");
    try (JdbcStores stores = H2Files.open(db).encryptAtRestWith(cipher("k-2026", 1))) {
      storeEverything(stores);
    }
    RecordCipher rotated = cipher("k-2026", 1).rotatedTo("k-2027", EncryptedH2StoresTest.key(2));
    try (JdbcStores stores = H2Files.open(db).encryptAtRestWith(rotated)) {
      stores.customers().save(stores.customers().find(CustomerId.of("c-acme")).orElseThrow());
      assertThat(stores.complaints().find(complaint("CMP-1").id())).isPresent();
    }
    try (JdbcStores stores = H2Files.open(db).encryptAtRestWith(cipher("k-2027", 2))) {
      // The customer was written again under the new key; the complaint still needs the older one.
      assertThat(stores.customers().find(CustomerId.of("c-acme"))).isPresent();
      assertThatThrownBy(() -> stores.complaints().find(complaint("CMP-1").id()))
          .isInstanceOf(StorageException.class).hasStackTraceContaining("k-2026")
          .satisfies(e -> assertThat(stackText(e)).doesNotContain("racking"));
    }
  }

  @Test
  void aSealedRecordReadWithAnotherKeyOrMovedToAnotherRowIsAStorageExceptionWithoutTheValue() throws Exception {
    Path db = dir.resolve("tamper");
    try (JdbcStores stores = H2Files.open(db).encryptAtRestWith(cipher("k-2026", 1))) {
      storeEverything(stores);
      stores.customers().save(Customer.person(CustomerId.of("c-other"), "Other Person"));
      // An insider copies Acme's sealed record into the row of another customer.
      stores.query("move a record", c -> {
        try (var s = c.prepareStatement("UPDATE crmkit_customer SET record = "
            + "(SELECT record FROM crmkit_customer WHERE id = 'c-acme') WHERE id = 'c-other'")) {
          return s.executeUpdate();
        }
      });
      assertThatThrownBy(() -> stores.customers().find(CustomerId.of("c-other"))).isInstanceOf(StorageException.class)
          .satisfies(e -> assertThat(stackText(e)).doesNotContain("Acme"));
    }
    try (JdbcStores stores = H2Files.open(db).encryptAtRestWith(cipher("k-2026", 9))) {
      assertThatThrownBy(() -> stores.customers().find(CustomerId.of("c-acme"))).isInstanceOf(StorageException.class)
          .hasStackTraceContaining("fails authentication");
    }
    try (JdbcStores stores = H2Files.open(db)) {
      assertThatThrownBy(() -> stores.customers().find(CustomerId.of("c-acme"))).isInstanceOf(StorageException.class)
          .hasStackTraceContaining("RecordCipher");
      assertThatThrownBy(() -> stores.complaints().find(complaint("CMP-1").id()))
          .isInstanceOf(StorageException.class).hasStackTraceContaining("encryptAtRestWith");
    }
  }

  private static String stackText(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
