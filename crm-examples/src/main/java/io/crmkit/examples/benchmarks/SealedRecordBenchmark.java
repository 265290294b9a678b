package io.crmkit.examples.benchmarks;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.confidentiality.Sensitivity;
import io.crmkit.core.customer.contact.ContactPoint;
import io.crmkit.core.customer.contact.ContactPointKind;
import io.crmkit.core.customer.profile.FactCategory;
import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.customer.profile.ProfileFact;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What encryption at rest costs per customer record: the codec's plain record against the record
 * sealed with AES-256-GCM ({@link RecordCipher}), written and read back.
 * {@code java -jar crm-examples/target/crmkit-benchmarks.jar SealedRecord}
 */
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Thread)
public class SealedRecordBenchmark {
  private final RecordCipher cipher = RecordCipher.of("bench-1", new byte[RecordCipher.KEY_BYTES]);
  private final Customer customer = Customer.builder().from(Customer.person(CustomerId.of("c-00042"), "Zhou Ming"))
      .addContactPoint(ContactPoint.verified(ContactPointKind.EMAIL, "zhou.ming@example.com"))
      .addContactPoint(ContactPoint.of(ContactPointKind.PHONE, "+86 138 0013 8000")).build()
      .recordFact(ProfileFact.builder().key(FactKey.of("assets")).category(FactCategory.FINANCIAL)
          .sensitivity(Sensitivity.CONFIDENTIAL).content("EUR 182,000 in funds and a flat in Pudong")
          .source("statement").recordedAt(Instant.parse("2026-03-02T09:00:00Z")).build());
  private final byte[] plain = CustomerCodec.encode(customer);
  private final byte[] sealed = CustomerCodec.encode(customer, cipher);

  @Benchmark
  public byte[] encodePlain() {
    return CustomerCodec.encode(customer);
  }

  @Benchmark
  public byte[] encodeSealed() {
    return CustomerCodec.encode(customer, cipher);
  }

  @Benchmark
  public Customer decodePlain() {
    return CustomerCodec.decode(plain, customer.version());
  }

  @Benchmark
  public Customer decodeSealed() {
    return CustomerCodec.decode(sealed, cipher, customer.version());
  }
}
