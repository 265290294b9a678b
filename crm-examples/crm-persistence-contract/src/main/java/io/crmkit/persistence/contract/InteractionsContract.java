package io.crmkit.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.interaction.ChannelCatalogue;
import io.crmkit.core.interaction.ChannelCode;
import io.crmkit.core.interaction.Commitment;
import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.interaction.CommitmentResolution;
import io.crmkit.core.interaction.CommitmentState;
import io.crmkit.core.interaction.ExchangeContent;
import io.crmkit.core.interaction.IllegalCommitmentStepException;
import io.crmkit.core.interaction.Initiator;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.InteractionRecorder;
import io.crmkit.core.interaction.Purpose;
import io.crmkit.core.validation.InvalidValueException;
import io.crmkit.persistence.HistoryConflictException;
import io.crmkit.persistence.Interactions;
import io.crmkit.persistence.Page;
import io.crmkit.persistence.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Interactions} adapter must do: keep every revision, append only what follows,
 * page a customer's contacts in time order, answer the last contact and the commitments itself, and
 * erase personal content on request.
 */
public abstract class InteractionsContract {
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-31T02:00:00Z"), SHANGHAI);
  public static final InteractionRecorder RECORDER = InteractionRecorder.of(CLOCK, ChannelCatalogue.withHostChannels());

  protected Interactions interactions;

  protected abstract Interactions newStore();

  @BeforeEach
  void createStore() {
    interactions = newStore();
  }

  /** A call to {@code customer} on March {@code day} at {@code hour}:00 Shanghai time. */
  public static Interaction call(String id, String customer, int day, int hour) {
    return RECORDER.record(InteractionId.of(id), CustomerId.of(customer), ChannelCode.of("phone"), Initiator.COMPANY,
            Purpose.REGULAR_CHECK_IN, Set.of(ExchangeContent.EMOTION))
        .occurredAt(ZonedDateTime.of(2026, 3, day, hour, 0, 0, 0, SHANGHAI)).addStaff(EmployeeId.of("am-wang"))
        .addContactPersons("Li Ming").summary("talked about the daughter's exams, " + id).build();
  }

  @Test
  void requirement_anAppendedInteractionRoundTripsWithAllItsFields() {
    Interaction i = RECORDER.record(InteractionId.of("I-1"), CustomerId.of("c-1"), ChannelCode.of("wechat"),
            Initiator.CUSTOMER, Purpose.NEW_PRODUCT_NOTICE,
            Set.of(ExchangeContent.PRODUCT_SERVICE_INFORMATION, ExchangeContent.OPINION_OR_SUGGESTION))
        .occurredAt(ZonedDateTime.of(2026, 3, 3, 12, 15, 30, 123_000_000, SHANGHAI))
        .addStaff(EmployeeId.of("am-wang"), EmployeeId.of("em-zhou")).addContactPersons("Li Ming", "Li Hua")
        .summary("asked about the bond fund").addCommitments(Commitment.of(CommitmentId.of("P-1"), "send the leaflet",
            LocalDate.of(2026, 3, 6)))
        .build();
    interactions.append(i);
    assertThat(interactions.find(i.id())).contains(i);
    assertThat(interactions.revisions(i.id())).containsExactly(i);
  }

  @Test
  void requirement_aCorrectionIsTheNextRevisionAndEveryRevisionIsKept() {
    Interaction first = interactions.append(call("I-1", "c-1", 3, 10));
    Interaction fixed = interactions.append(RECORDER.correct(first, "it was a follow-up").purpose(Purpose.FOLLOW_UP)
        .build());
    assertThat(interactions.find(first.id())).contains(fixed);
    assertThat(interactions.revisions(first.id())).containsExactly(first, fixed);
  }

  @Test
  void requirement_aRevisionThatDoesNotFollowIsAConflictAndNothingIsWritten() {
    Interaction first = interactions.append(call("I-1", "c-1", 3, 10));
    assertThatThrownBy(() -> interactions.append(first)).isInstanceOf(HistoryConflictException.class)
        .hasMessage("Interaction I-1: revision 1 does not follow the stored revision 1; 2 comes next");
    Interaction third = Interaction.builder().from(RECORDER.correct(first, "typo").build()).revision(3).build();
    assertThatThrownBy(() -> interactions.append(third)).isInstanceOf(HistoryConflictException.class);
    Interaction moved = RECORDER.correct(first, "wrong customer").customer(CustomerId.of("c-2")).build();
    assertThatThrownBy(() -> interactions.append(moved)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("interaction.customer");
    assertThat(interactions.revisions(first.id())).containsExactly(first);
    assertThat(interactions.lastContacts(List.of(CustomerId.of("c-2")))).isEmpty();
  }

  @Test
  void requirement_aCustomersContactsInATimeRangeComeInTimeOrderPageByPage() {
    for (int d = 1; d <= 12; d++) {
      interactions.append(call("I-" + (100 - d), "c-1", d, 9 + d % 5));
    }
    interactions.append(call("I-X", "c-2", 5, 10));
    Instant from = ZonedDateTime.of(2026, 3, 3, 0, 0, 0, 0, SHANGHAI).toInstant();
    Instant to = ZonedDateTime.of(2026, 3, 11, 0, 0, 0, 0, SHANGHAI).toInstant();
    List<Interaction> seen = new ArrayList<>();
    Page<Interaction> page = interactions.findByCustomer(CustomerId.of("c-1"), from, to, PageRequest.first(3));
    seen.addAll(page.items());
    while (page.nextCursor().isPresent()) {
      page = interactions.findByCustomer(CustomerId.of("c-1"), from, to, PageRequest.after(page.nextCursor().get(), 3));
      seen.addAll(page.items());
    }
    assertThat(seen).extracting(i -> i.day().getDayOfMonth()).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(interactions.streamByCustomer(CustomerId.of("c-1"), from, to)).containsExactlyElementsOf(seen);
    assertThat(interactions.stream()).hasSize(13);
  }

  @Test
  void requirement_theStoreAnswersTheLastContactPerCustomerItselfAndFollowsCorrections() {
    interactions.append(call("I-1", "c-1", 3, 10));
    Interaction late = interactions.append(call("I-2", "c-1", 20, 10));
    interactions.append(call("I-3", "c-2", 5, 10));
    assertThat(interactions.lastContacts(List.of(CustomerId.of("c-1"), CustomerId.of("c-2"), CustomerId.of("c-3"))))
        .containsOnlyKeys(CustomerId.of("c-1"), CustomerId.of("c-2"))
        .containsEntry(CustomerId.of("c-1"), late.occurredAt());
    // The call of the 20th was really on the 2nd: the last contact moves back to the 3rd.
    interactions.append(RECORDER.correct(late, "wrong day")
        .occurredAt(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, SHANGHAI)).build());
    assertThat(interactions.lastContacts(List.of(CustomerId.of("c-1"))).get(CustomerId.of("c-1")).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 3, 3, 10, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  void requirement_commitmentsAreAnsweredWithTheirOutcomesAndASecondOutcomeIsRefused() {
    CommitmentId leaflet = CommitmentId.of("P-1");
    interactions.append(Interaction.builder().from(call("I-1", "c-1", 3, 10))
        .addCommitments(Commitment.of(leaflet, "send the leaflet", LocalDate.of(2026, 3, 6))).build());
    assertThat(interactions.commitments(List.of(CustomerId.of("c-1"))).get(CustomerId.of("c-1")))
        .singleElement().satisfies(r -> assertThat(r.stateOn(LocalDate.of(2026, 3, 7))).isEqualTo(CommitmentState.OVERDUE));
    interactions.append(Interaction.builder().from(call("I-2", "c-1", 9, 10))
        .addResolutions(CommitmentResolution.broken(leaflet, LocalDate.of(2026, 3, 9))).build());
    assertThat(interactions.commitments(List.of(CustomerId.of("c-1"))).get(CustomerId.of("c-1")))
        .singleElement().satisfies(r -> assertThat(r.stateOn(LocalDate.of(2026, 3, 9))).isEqualTo(CommitmentState.BROKEN));
    Interaction again = Interaction.builder().from(call("I-3", "c-1", 10, 10))
        .addResolutions(CommitmentResolution.kept(leaflet, LocalDate.of(2026, 3, 10))).build();
    assertThatThrownBy(() -> interactions.append(again)).isInstanceOf(IllegalCommitmentStepException.class)
        .hasMessage("Commitment P-1 is BROKEN: KEPT is not allowed; allowed are []");
    assertThat(interactions.find(again.id())).isEmpty();
    assertThat(interactions.commitments(List.of(CustomerId.of("c-2")))).isEmpty();
  }

  @Test
  void requirement_erasureRemovesPersonalContentFromEveryRevisionOfOnlyThatCustomerAndFilesThemUnderTheSurrogate() {
    CustomerId surrogate = CustomerId.of("anon-0123456789abcdef01234567");
    Interaction first = interactions.append(Interaction.builder().from(call("I-1", "c-1", 3, 10))
        .addCommitments(Commitment.of(CommitmentId.of("P-1"), "send the leaflet", LocalDate.of(2026, 3, 6))).build());
    interactions.append(RECORDER.correct(first, "typo").summary("talked about exams").build());
    Interaction other = interactions.append(call("I-2", "c-2", 4, 10));

    assertThat(interactions.erasePersonalContent(CustomerId.of("c-1"), surrogate)).isEqualTo(1);

    assertThat(interactions.revisions(first.id())).hasSize(2).allSatisfy(r -> {
      assertThat(r.summary()).isEmpty();
      assertThat(r.contactPersons()).isEmpty();
      assertThat(r.commitments()).allSatisfy(c -> assertThat(c.wording()).isEmpty());
      assertThat(r.personalContentErased()).isTrue();
      assertThat(r.channel()).isEqualTo(first.channel());
      assertThat(r.occurredAt()).isEqualTo(first.occurredAt());
      assertThat(r.customer()).isEqualTo(surrogate);
    });
    // Nothing the store answers names the erased customer; the figures stay under the surrogate.
    CustomerId erased = CustomerId.of("c-1");
    assertThat(interactions.commitments(List.of(erased))).isEmpty();
    assertThat(interactions.lastContacts(List.of(erased))).isEmpty();
    assertThat(interactions.findByCustomer(erased, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
        PageRequest.first(10)).items()).isEmpty();
    assertThat(interactions.stream().map(Interaction::customer)).doesNotContain(erased);
    assertThat(interactions.commitments(List.of(surrogate)).get(surrogate))
        .singleElement().satisfies(r -> assertThat(r.commitment().dueOn()).isEqualTo(LocalDate.of(2026, 3, 6)));
    assertThat(interactions.lastContacts(List.of(surrogate))).containsKey(surrogate);
    assertThat(interactions.find(other.id())).contains(other);
    assertThat(interactions.erasePersonalContent(CustomerId.of("c-9"), surrogate)).isZero();
  }
}
