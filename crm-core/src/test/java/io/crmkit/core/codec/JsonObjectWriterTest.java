package io.crmkit.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.money.Money;
import io.crmkit.core.validation.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonObjectWriterTest {

  @Test
  void everyKindOfValueTakesTheFormJsonFieldsReadsBackWhetherAloneOptionalOrInAnArray() {
    Money fee = Money.of(new BigDecimal("12.50"), Currency.getInstance("EUR"));
    String json = new JsonObjectWriter().put("text", "a\"b").put("int", 3).put("long", 4L).put("flag", true)
        .put("channel", Channel.EMAIL).put("at", Instant.parse("2026-03-02T09:00:00Z"))
        .put("on", LocalDate.of(2026, 3, 2)).put("time", LocalTime.of(9, 30)).put("rate", new BigDecimal("1.2500"))
        .put("fee", fee).put("currency", Currency.getInstance("EUR"))
        .put("nested", new JsonObjectWriter().put("n", 1))
        .putOptional("absent", Optional.empty(), x -> x).putOptional("present", Optional.of(fee), x -> x)
        .putAll("days", List.of(LocalDate.of(2026, 1, 1)), d -> d).putEnums("channels", List.of(Channel.EMAIL))
        .toJson();

    assertThat(json).isEqualTo("{\"text\":\"a\\\"b\",\"int\":3,\"long\":4,\"flag\":true,\"channel\":\"EMAIL\","
        + "\"at\":\"2026-03-02T09:00:00Z\",\"on\":\"2026-03-02\",\"time\":\"09:30\",\"rate\":\"1.2500\","
        + "\"fee\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},\"currency\":\"EUR\",\"nested\":{\"n\":1},"
        + "\"present\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},\"days\":[\"2026-01-01\"],\"channels\":[\"EMAIL\"]}");
    JsonFields back = JsonFields.parse(json, "test");
    assertThat(back.money("fee")).isEqualTo(fee);
    assertThat(back.decimal("rate")).isEqualTo(new BigDecimal("1.2500"));
    assertThat(back.has("absent")).isFalse();
  }

  @Test
  void aValueOfAnUnknownTypeOrNullIsRefusedNamingTheTypeNotTheValue() {
    assertThatThrownBy(() -> new JsonObjectWriter().put("x", new StringBuilder("secret")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("StringBuilder")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> new JsonObjectWriter().put("x", 1.5d)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Double");
    assertThatThrownBy(() -> new JsonObjectWriter().put("x", null)).isInstanceOf(InvalidValueException.class);
  }
}
