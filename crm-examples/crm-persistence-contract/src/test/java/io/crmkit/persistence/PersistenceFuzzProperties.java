package io.crmkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.persistence.memory.InMemoryComplaints;
import io.crmkit.persistence.memory.InMemoryCustomers;
import io.crmkit.persistence.memory.InMemoryInteractions;
import io.crmkit.persistence.memory.InMemoryStyleProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every public factory and entry point of crm-persistence-spi (pseudonyms, erasure, paging) driven
 * with invalid values: each must be refused with an {@link InvalidValueException} that names the
 * argument, never a raw exception from a store and never accepted. The SPI's tests live here, beside
 * the contract kit, because the kit's in-memory run is what exercises the SPI.
 */
class PersistenceFuzzProperties {
  private static final byte[] SECRET = secret(32);
  private static final Pseudonyms PSEUDONYMS = Pseudonyms.of("k1", SECRET);
  private static final CustomerId C1 = CustomerId.of("c-1");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  /** A field whose refusal must name it, and a call with one bad value in it. */
  private record Target(String field, Consumer<String> text) {}

  /** A call that must be refused naming {@code field}. */
  private record Call(String field, Runnable call) {}

  private static final List<Target> TEXT = List.of(
      new Target("pseudonyms.keyId", s -> Pseudonyms.of(s, SECRET)),
      new Target("pseudonyms.keyId", s -> PSEUDONYMS.rotatedTo(s, secret(40))));

  private static final List<Call> CALLS = List.of(
      new Call("pseudonyms.secret", () -> Pseudonyms.of("k1", null)),
      new Call("pseudonyms.secret", () -> Pseudonyms.of("k1", secret(Pseudonyms.MIN_SECRET_BYTES - 1))),
      new Call("pseudonyms.secret", () -> PSEUDONYMS.rotatedTo("k2", new byte[0])),
      new Call("pseudonyms.keyId", () -> PSEUDONYMS.rotatedTo("k1", secret(40))),
      new Call("pseudonyms.keyId", () -> PSEUDONYMS.withoutKey("k1")),
      new Call("customerId", () -> PSEUDONYMS.of((CustomerId) null)),
      new Call("erasureRecord", () -> PSEUDONYMS.confirms(null, C1)),
      new Call("pageRequest.after", () -> PageRequest.after(null, 10)),
      new Call("page.items", () -> Page.of(null, Optional.empty())),
      new Call("page.nextCursor", () -> Page.of(List.of(), null)),
      new Call("page.items[]", () -> Page.of(Arrays.asList("c-1", null), Optional.empty())),
      new Call("list", () -> Paging.stream(null, 10)),
      new Call("customerId", () -> erase(null)),
      new Call("pseudonyms", () -> Erasure.erase(C1, null, new InMemoryCustomers(), new InMemoryComplaints(),
          UnitOfWork.none(), CLOCK)),
      new Call("customers", () -> Erasure.erase(C1, PSEUDONYMS, null, new InMemoryComplaints(), UnitOfWork.none(),
          CLOCK)),
      new Call("complaints", () -> Erasure.erase(C1, PSEUDONYMS, new InMemoryCustomers(), null, UnitOfWork.none(),
          CLOCK)),
      new Call("unitOfWork", () -> Erasure.erase(C1, PSEUDONYMS, new InMemoryCustomers(), new InMemoryComplaints(),
          null, CLOCK)),
      new Call("clock", () -> Erasure.erase(C1, PSEUDONYMS, new InMemoryCustomers(), new InMemoryComplaints(),
          UnitOfWork.none(), null)),
      new Call("styleProfiles", () -> Erasure.erase(C1, PSEUDONYMS, new InMemoryCustomers(),
          new InMemoryComplaints(), null, UnitOfWork.none(), CLOCK)),
      new Call("interactions", () -> Erasure.erase(C1, PSEUDONYMS, new InMemoryCustomers(),
          new InMemoryComplaints(), new InMemoryStyleProfiles(CLOCK), null, UnitOfWork.none(), CLOCK)));

  private static ErasureRecord erase(CustomerId id) {
    return Erasure.erase(id, PSEUDONYMS, new InMemoryCustomers(), new InMemoryComplaints(),
        new InMemoryStyleProfiles(CLOCK), new InMemoryInteractions(), UnitOfWork.none(), CLOCK);
  }

  private static byte[] secret(int length) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) 7);
    return bytes;
  }

  private static List<String> invalidText() {
    List<String> values = new ArrayList<>();
    values.add(null);
    values.add("");
    values.add(" ");
    values.add("\t\n\u3000\u00A0");
    values.add("x".repeat(100_000));
    return values;
  }

  private static void refused(String field, Runnable call, String shown) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).as("%s with %s", field, shown).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(e.field() + " " + e.getMessage()).as("%s with %s", field, shown)
        .containsIgnoringCase(field.substring(field.lastIndexOf('.') + 1));
    assertThat(e.getMessage()).as("message length for %s", field).hasSizeLessThan(400);
  }

  @Test
  void everyTextArgumentRefusesNullEmptyBlankAndOverLongTextByName() {
    for (Target target : TEXT) {
      for (String value : invalidText()) {
        String shown = value == null ? "null" : value.length() + " chars";
        refused(target.field(), () -> target.text().accept(value), shown);
      }
    }
  }

  @Test
  void everyOtherWrongArgumentIsRefusedByName() {
    for (Call call : CALLS) {
      refused(call.field(), call.call(), "the wrong argument");
    }
  }

  @Test
  void aPageSizeOutsideOneToTheMaximumIsRefusedByName() {
    qt().forAll(integers().between(Integer.MIN_VALUE, 0).mix(integers().between(PageRequest.MAX_SIZE + 1,
        Integer.MAX_VALUE))).checkAssert(size -> {
          refused("pageRequest.size", () -> PageRequest.first(size), String.valueOf(size));
          refused("pageRequest.size", () -> PageRequest.after("c-1", size), String.valueOf(size));
          refused("pageRequest.size", () -> Paging.stream(r -> Page.of(List.of(), Optional.empty()), size),
              String.valueOf(size));
        });
  }
}
