package io.crmkit.examples.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.persistence.Erasure;
import io.crmkit.persistence.jdbc.JdbcStores;
import io.crmkit.persistence.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erased values must not survive in the H2 file. The file is read while the stores are still open,
 * right after the erasure returned: that is what a crash at that moment would leave on disk, with no
 * clean close to tidy it.
 */
class ErasureOnDiskTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final String SECRET = "debt consolidation loan EUR 48,000 Macau";
  private static final String NAME = "Zhou Mingyuan-Erasable";

  @TempDir
  Path dir;

  private static boolean fileHolds(Path file, String text) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
        .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }

  @Test
  void anErasedCustomersValuesAreGoneFromTheFileEvenWithoutACleanClose() throws Exception {
    Path db = dir.resolve("erase");
    Path file = dir.resolve("erase.mv.db");
    JdbcStores stores = EmbeddedH2.open(db);
    for (int i = 0; i < 50; i++) {
      stores.customers().save(Customer.person(CustomerId.of(String.format("c-%05d", i)), "Filler " + i));
    }
    stores.customers().save(Customer.person(CustomerId.of("c-90000"), NAME).recordFact(ProfileFact.builder()
        .key(FactKey.of("debts")).category(FactCategory.FINANCIAL).sensitivity(Sensitivity.CONFIDENTIAL)
        .content(SECRET).source("loan application").recordedAt(CLOCK.instant()).build()));
    assertThat(fileHolds(file, SECRET)).as("the value is on disk before the erasure").isTrue();

    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 3);
    Erasure.erase(CustomerId.of("c-90000"), Pseudonyms.of("k1", key), stores.customers(), stores.complaints(),
        stores.styleProfiles(), stores.unitOfWork(), CLOCK);

    assertThat(fileHolds(file, SECRET)).as("the confidential value after the erasure").isFalse();
    assertThat(fileHolds(file, NAME)).as("the name after the erasure").isFalse();
    // The stores go on working after the file was rewritten.
    assertThat(stores.customers().find(CustomerId.of("c-00007"))).isPresent();
    stores.customers().save(Customer.person(CustomerId.of("c-90001"), "After Erasure"));
    assertThat(stores.customers().find(CustomerId.of("c-90001"))).isPresent();
    stores.close();
  }
}
