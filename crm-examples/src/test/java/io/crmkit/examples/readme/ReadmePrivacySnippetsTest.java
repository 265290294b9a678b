package io.crmkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.complaint.ComplaintHandling;
import io.crmkit.core.complaint.ComplaintHistoryCheck;
import io.crmkit.core.complaint.HandlerDirectory;
import io.crmkit.core.complaint.HandlerRole;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import io.crmkit.persistence.jdbc.JdbcStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets of the guide's "Encryption at rest" (under "Security and privacy"): encryption at
 * rest in the JDBC adapter with one call, and the host's staff directory; the guide shows them verbatim.
 */
class ReadmePrivacySnippetsTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private static byte[] keyFromTheKeyStore(int seed) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) seed);
    return key;
  }

  @Test
  void oneCallSealsEveryRecordTheJdbcStoresWriteAndRotationKeepsOldRecordsReadable() throws Exception {
    JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("crm").toAbsolutePath(),
        "crmkit", "");
    byte[] aesKey = keyFromTheKeyStore(7);
    byte[] newAesKey = keyFromTheKeyStore(8);
    Customer zhou = Customer.person(CustomerId.of("c-201"), "Zhou Ming").recordFact(ProfileFact.builder()
        .key(FactKey.of("assets")).category(FactCategory.FINANCIAL).sensitivity(Sensitivity.CONFIDENTIAL)
        .content("EUR 182,000").source("statement").recordedAt(clock.instant()).build());
    HandlerDirectory staff = HandlerDirectory.of(Map.of(EmployeeId.of("em-mei"),
        Set.of(HandlerRole.AGENT, HandlerRole.SUPERVISOR)));
    // README: privacy-at-rest
    RecordCipher cipher = RecordCipher.of("2026-03", aesKey);   // AES-256-GCM, 32 bytes from the key store
    JdbcStores crm = JdbcStores.on(pool, ComplaintHistoryCheck.of(ComplaintHandling.on(clock, staff), staff))
        .encryptAtRestWith(cipher);                              // every record sealed, key id inside
    crm.customers().save(zhou);   // the file holds no name, contact point, fact, amount or note in clear

    // Rotation: the new key seals, the old one still opens what it sealed.
    crm.encryptAtRestWith(cipher.rotatedTo("2026-09", newAesKey));
    // README: end
    assertThat(crm.customers().find(CustomerId.of("c-201")).orElseThrow().displayName()).isEqualTo("Zhou Ming");
    String file = new String(Files.readAllBytes(dir.resolve("crm.mv.db")), StandardCharsets.ISO_8859_1);
    assertThat(file).doesNotContain("Zhou Ming").doesNotContain("EUR 182,000");
    assertThat(crm.cipher().orElseThrow().currentKeyId()).isEqualTo("2026-09");
    crm.close();
    pool.dispose();
  }

  @Test
  void aHostsOwnStorageSealsTheCodecsRecords() {
    byte[] aesKey = keyFromTheKeyStore(7);
    Customer zhou = Customer.person(CustomerId.of("c-201"), "Zhou Ming");
    // README: privacy-codec
    RecordCipher cipher = RecordCipher.of("2026-03", aesKey);
    byte[] sealed = CustomerCodec.encode(zhou, cipher);         // format 4: key id, nonce, ciphertext
    Customer back = CustomerCodec.decode(sealed, cipher, zhou.version()); // the row's version; formats 1-3 read too
    // a changed byte, a wrong key or a dropped key id: RecordFormatException, never the value
    // README: end
    assertThat(back).isEqualTo(zhou);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Zhou");
  }

  @Test
  void theReadmeAndTheGuideShowEverySnippetOfThisFileVerbatim() throws IOException {
    assertThat(DocumentationSnippets.assertShownVerbatim("ReadmePrivacySnippetsTest")).isEqualTo(2);
  }
}
