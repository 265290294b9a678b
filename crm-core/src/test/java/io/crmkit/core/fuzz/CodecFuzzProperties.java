package io.crmkit.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.codec.RecordCipher;
import io.crmkit.core.codec.RecordFormatException;
import io.crmkit.core.complaint.ComplaintEventCodec;
import io.crmkit.core.complaint.ComplaintEventJson;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerCodec;
import io.crmkit.core.customer.CustomerCodecProperties;
import io.crmkit.core.customer.CustomerJson;
import io.crmkit.core.interaction.InteractionCodec;
import io.crmkit.core.personality.StyleProfileCodec;
import io.crmkit.core.validation.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fuzz of the stored-record readers: arbitrary bytes, records with several random changes, and
 * records cut or extended, fed to every codec and JSON reader (sealed forms included). Each either
 * reads a value or refuses with the project's exception family ({@link RecordFormatException},
 * {@link InvalidValueException}); never another exception, never an error such as running out of memory.
 */
class CodecFuzzProperties {
  private static final RecordCipher CIPHER = RecordCipher.of("fuzz-1", new byte[RecordCipher.KEY_BYTES]);
  /** Header bytes that reach past the type tag and format check: each record type in each format. */
  private static final List<byte[]> HEADERS = List.of(header('C', 1), header('C', 2), header('C', 3),
      header('E', 1), header('I', 1), header('P', 1), header('S', 1));

  private static byte[] header(char tag, int format) {
    return new byte[] {(byte) tag, 0, 0, 0, (byte) format};
  }

  private static Gen<byte[]> arbitraryRecords() {
    return integers().between(0, HEADERS.size() - 1).zip(lists().of(integers().between(-128, 127))
        .ofSizeBetween(0, 200), (h, body) -> {
          byte[] head = HEADERS.get(h);
          byte[] out = new byte[head.length + body.size()];
          System.arraycopy(head, 0, out, 0, head.length);
          for (int i = 0; i < body.size(); i++) {
            out[head.length + i] = body.get(i).byteValue();
          }
          return out;
        });
  }

  /** Runs {@code read}; only a value or the project's refusals may come out. */
  private static void readsOrRefuses(Consumer<byte[]> read, byte[] bytes) {
    try {
      read.accept(bytes);
    } catch (RecordFormatException | InvalidValueException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  private static void everyReader(byte[] bytes) {
    readsOrRefuses(b -> CustomerCodec.decode(b, 1), bytes);
    readsOrRefuses(b -> CustomerCodec.decode(b, CIPHER, 1), bytes);
    readsOrRefuses(ComplaintEventCodec::decode, bytes);
    readsOrRefuses(InteractionCodec::decode, bytes);
    readsOrRefuses(StyleProfileCodec::decode, bytes);
    readsOrRefuses(b -> CIPHER.openRecord(b, "fuzz", ""), bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    readsOrRefuses(b -> CustomerJson.decode(text), bytes);
    readsOrRefuses(b -> CustomerJson.decode(text, CIPHER), bytes);
    readsOrRefuses(b -> ComplaintEventJson.decode(text), bytes);
  }

  @Test
  void arbitraryBytesBehindEveryRecordHeaderAreReadOrRefusedByTheProjectsExceptions() {
    qt().withExamples(400).forAll(arbitraryRecords()).checkAssert(CodecFuzzProperties::everyReader);
  }

  @Test
  void realRecordsWithRandomChangesCutsAndTailsAreReadOrRefusedByTheProjectsExceptions() {
    qt().withExamples(60).forAll(CustomerCodecProperties.fullCustomers(), lists().of(integers().between(0, 1 << 20))
        .ofSize(6)).checkAssert((Customer c, List<Integer> r) -> {
          for (byte[] record : List.of(CustomerCodec.encode(c), CustomerCodec.encode(c, CIPHER),
              CustomerJson.encode(c).getBytes(StandardCharsets.UTF_8),
              CustomerJson.encode(c, CIPHER).getBytes(StandardCharsets.UTF_8))) {
            byte[] changed = record.clone();
            for (int k = 0; k < 3; k++) {
              changed[r.get(k) % changed.length] = (byte) r.get(k + 3).intValue();
            }
            everyReader(changed);
            everyReader(java.util.Arrays.copyOf(record, r.get(0) % record.length));
            everyReader(java.util.Arrays.copyOf(record, record.length + 1 + r.get(1) % 64));
          }
        });
  }
}
