package io.crmkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.persistence.contract.ContractStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** With encryption at rest on, the JDBC adapter on an H2 file still passes the whole contract kit. */
class EncryptedH2StoresTest extends JdbcContractSuite {
  static final RecordCipher CIPHER = RecordCipher.of("contract-1", key(5));
  private static JdbcContractStores shared;
  private static javax.sql.DataSource database;

  static byte[] key(int seed) {
    byte[] key = new byte[RecordCipher.KEY_BYTES];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 13 + i * 7);
    }
    return key;
  }

  @Override
  ContractStores stores() {
    synchronized (EncryptedH2StoresTest.class) {
      if (shared == null) {
        try {
          Path file = Files.createTempDirectory("crmkit-h2-sealed").resolve("contract");
          database = H2Files.pool(file);
          shared = new JdbcContractStores(database, Optional.of(CIPHER));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return shared;
    }
  }

  @Test
  void theStoresTheContractRunsOnWriteSealedRecords() throws Exception {
    ContractStores stores = stores();
    stores.reset();
    stores.customers().save(Customer.person(CustomerId.of("c-sealed"), "Zhou Ming"));
    try (Connection c = database.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT record FROM crmkit_customer WHERE id = 'c-sealed'");
        ResultSet r = s.executeQuery()) {
      assertThat(r.next()).isTrue();
      byte[] record = r.getBytes(1);
      assertThat(CustomerCodec.isSealed(record)).isTrue();
      assertThat(new String(record, StandardCharsets.ISO_8859_1)).doesNotContain("Zhou Ming");
    }
  }
}
