package io.crmkit.persistence.jdbc;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.persistence.contract.ContractStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** With encryption at rest on, the JDBC adapter on an H2 file still passes the whole contract kit. */
class EncryptedH2StoresTest extends JdbcContractSuite {
  static final RecordCipher CIPHER = RecordCipher.of("contract-1", key(5));
  private static JdbcContractStores shared;

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
          shared = new JdbcContractStores(H2Files.pool(file), Optional.of(CIPHER));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return shared;
    }
  }
}
