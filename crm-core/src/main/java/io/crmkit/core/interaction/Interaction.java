package io.crmkit.core.interaction;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.EmployeeId;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One exchange between the company and a customer (客户互动: 企业与客户间信息的交流与交换): what was
 * exchanged, classified the course's three ways (distance, medium, initiator), on which channel,
 * when, between whom, for what purpose, a summary, and the commitments made or resolved in it.
 *
 * <p>The record is append-only: a correction is a new revision with the same id, a higher {@link
 * #revision()} and a reason, and the store keeps every revision (as profile facts keep theirs). An
 * interaction cannot lie in the future: {@link #occurredAt()} must not be after {@link #recordedAt()},
 * which {@link InteractionRecorder} takes from its clock. The summary, the contact persons' names and
 * the commitments' wording are personal content: they never appear in {@code toString} and are
 * removed by {@link #withoutPersonalContent()} when the customer's data is erased.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Interaction {
  public abstract InteractionId id();

  /** 1 for the first record, one more for each correction. */
  @Value.Default
  public int revision() {
    return 1;
  }

  public abstract CustomerId customer();

  /** The channel's code in the host's {@link ChannelCatalogue}. */
  public abstract ChannelCode channel();

  public abstract Distance distance();

  public abstract Medium medium();

  public abstract Initiator initiator();

  /** What was exchanged: product or service information, emotion, opinions, ideas. */
  public abstract Set<ExchangeContent> contents();

  public abstract Purpose purpose();

  /** When it took place, in the zone where it took place. */
  public abstract ZonedDateTime occurredAt();

  /** When this revision was recorded, from the recorder's clock. */
  public abstract Instant recordedAt();

  /** Staff who took part; the first is the account manager who owns the contact. */
  public abstract List<EmployeeId> staff();

  /** The customer's people who took part (names are personal content). */
  @Value.Redacted
  public abstract List<String> contactPersons();

  /** What was said, in the account manager's words; empty once erased. */
  @Value.Redacted
  public abstract Optional<String> summary();

  /** Commitments made in this interaction. */
  public abstract List<Commitment> commitments();

  /** Outcomes of earlier commitments reported or noticed in this interaction. */
  public abstract List<CommitmentResolution> resolutions();

  /** Why this revision corrects the previous one; present exactly from revision 2 on. */
  public abstract Optional<String> correctionReason();

  /** Whether the personal content has been erased. */
  @Value.Default
  public boolean personalContentErased() {
    return false;
  }

  public static ImmutableInteraction.Builder builder() {
    return ImmutableInteraction.builder();
  }

  @Value.Check
  protected void check() {
    Require.that(revision() >= 1, "interaction.revision", "must be at least 1", revision());
    Require.that(!contents().isEmpty(), "interaction.contents",
        "must name at least one kind of content exchanged", contents());
    Require.that(!occurredAt().toInstant().isAfter(recordedAt()), "interaction.occurredAt",
        "must not be in the future (after recordedAt " + recordedAt() + ")", occurredAt());
    Require.distinct(staff(), "interaction.staff");
    Require.that(distance() != Distance.FACE_TO_FACE || medium() == Medium.PERSONAL,
        "interaction.medium", "must be PERSONAL for a face-to-face interaction", medium());
    for (String person : contactPersons()) {
      Require.confidentialText(person, "interaction.contactPersons[]");
    }
    summary().ifPresent(s -> Require.confidentialText(s, "interaction.summary"));
    Require.distinct(commitments(), Commitment::id, "interaction.commitments");
    LocalDate day = occurredAt().toLocalDate();
    for (Commitment c : commitments()) {
      Require.that(!c.dueOn().isBefore(day), "interaction.commitments[" + c.id() + "].dueOn",
          "must not be before the interaction's day " + day, c.dueOn());
    }
    Require.distinct(resolutions(), CommitmentResolution::commitment, "interaction.resolutions");
    Require.that(revision() == 1 ? correctionReason().isEmpty() : correctionReason().isPresent(),
        "interaction.correctionReason", "must be present exactly on a correction (revision > 1)",
        correctionReason().isPresent() ? "present on revision " + revision() : "absent on revision "
            + revision());
    correctionReason().ifPresent(r -> Require.text(r, "interaction.correctionReason"));
    Require.that(!personalContentErased() || (summary().isEmpty() && contactPersons().isEmpty()
            && commitments().stream().allMatch(c -> c.wording().isEmpty())),
        "interaction.personalContentErased", "must hold no summary, names or wording once erased",
        "personal content present");
  }

  /** The local day of the interaction, where it took place. */
  public LocalDate day() {
    return occurredAt().toLocalDate();
  }

  /** The account manager who owns the contact: the first of {@link #staff()}. */
  public Optional<EmployeeId> accountManager() {
    return staff().stream().findFirst();
  }

  /** The same revision with summary, contact persons' names and commitment wording removed. */
  public Interaction withoutPersonalContent() {
    if (personalContentErased()) {
      return this;
    }
    return ImmutableInteraction.builder().from(this).summary(Optional.empty())
        .contactPersons(List.of())
        .commitments(commitments().stream().map(Commitment::withoutWording).toList())
        .personalContentErased(true).build();
  }

  /**
   * This revision as the erasure of its customer keeps it: {@linkplain #withoutPersonalContent()
   * without personal content} and filed under {@code surrogate} (the erasure's random surrogate id),
   * so that what is kept for the figures no longer names the person.
   */
  public Interaction erasedUnder(CustomerId surrogate) {
    io.crmkit.core.validation.Require.notNull(surrogate, "surrogate");
    return ImmutableInteraction.copyOf(withoutPersonalContent()).withCustomer(surrogate);
  }

  @Override
  public String toString() {
    return "Interaction{" + id() + " rev " + revision() + ", customer=" + customer() + ", channel="
        + channel() + ", " + distance() + "/" + medium() + "/" + initiator() + ", purpose=" + purpose()
        + ", occurredAt=" + occurredAt() + ", staff=" + staff() + ", contactPersons="
        + (contactPersons().isEmpty() ? "[]" : CrmStyle.REDACTED) + ", summary="
        + (summary().isPresent() ? CrmStyle.REDACTED : "none") + ", commitments="
        + commitments().stream().map(c -> c.id() + " due " + c.dueOn()).toList() + ", resolutions="
        + resolutions().stream().map(r -> r.commitment() + " " + r.outcome()).toList()
        + (personalContentErased() ? ", erased" : "") + "}";
  }
}
