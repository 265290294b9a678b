package io.crmkit.persistence.jdbc;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import java.util.Optional;

/**
 * How the stores write their records: sealed with the host's {@link RecordCipher} once
 * {@link JdbcStores#encryptAtRestWith} named one, plain before. Records read either way, so a
 * database written before encryption was turned on stays readable and every record is sealed when
 * it is next written. Customers are sealed in {@link CustomerCodec#SEALED_FORMAT} (and checked
 * against their row's id on reading); the other records whole ({@link RecordCipher#sealRecord}),
 * bound to their row's key.
 */
final class AtRest {
  private volatile Optional<RecordCipher> cipher = Optional.empty();

  void encryptWith(RecordCipher next) {
    cipher = Optional.of(next);
  }

  Optional<RecordCipher> cipher() {
    return cipher;
  }

  byte[] customer(Customer c) {
    Optional<RecordCipher> k = cipher;
    return k.isPresent() ? CustomerCodec.encode(c, k.get()) : CustomerCodec.encode(c);
  }

  /** The customer stored in the row of {@code rowId} at the row's {@code version}; a record of another id is refused. */
  Customer customer(byte[] stored, String rowId, long version) {
    Optional<RecordCipher> k = cipher;
    Customer c = k.isPresent() ? CustomerCodec.decode(stored, k.get(), version) : CustomerCodec.decode(stored, version);
    if (!c.id().value().equals(rowId)) {
      throw new RecordFormatException("customer", "id", 5, "is not the id of the row it is stored in");
    }
    return c;
  }

  byte[] seal(byte[] plainRecord, String rowKey) {
    Optional<RecordCipher> k = cipher;
    return k.isPresent() ? k.get().sealRecord(plainRecord, rowKey) : plainRecord;
  }

  /** The plain record of a stored one, opened if sealed; plain records pass as they are. */
  byte[] open(byte[] stored, String record, String rowKey) {
    if (!RecordCipher.isSealedRecord(stored)) {
      return stored;
    }
    Optional<RecordCipher> k = cipher;
    if (k.isEmpty()) {
      throw new RecordFormatException(record, "format", 1,
          "is sealed: open the stores with JdbcStores.encryptAtRestWith and the host's key");
    }
    return k.get().openRecord(stored, record, rowKey);
  }
}
