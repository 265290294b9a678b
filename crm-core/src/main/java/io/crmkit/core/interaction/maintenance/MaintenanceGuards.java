package io.crmkit.core.interaction.maintenance;

import static io.crmkit.core.rule.StepGuard.allow;
import static io.crmkit.core.rule.StepGuard.refuse;

import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.interaction.CommitmentId;
import io.crmkit.core.interaction.CommitmentRecord;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.ContactWarmly;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.HelpComprehensively;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.IntegrateInformation;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.Recontact;
import io.crmkit.core.rule.StepGuard;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guards of the maintenance guide, each a named rule that says no with a plain {@code if};
 * {@link #allCurrentGuards} lists those in force.
 *
 * <ul>
 *   <li>{@code step-needs-met}: every item {@link StepNeeds} marks required is present.
 *   <li>{@code stale-facts-marked-to-complete}: integration lists every stale fact to complete during
 *       the visit.
 *   <li>{@code agenda-accepted}: the contact goes ahead on an agenda the customer accepted.
 *   <li>{@code agenda-takes-up-open-commitments}: the agenda reports on every open commitment.
 *   <li>{@code help-answers-heard-concerns}: help is given for concerns heard in this round.
 *   <li>{@code memo-confirms-open-commitments}: the memo confirms every open commitment and no unknown one.
 *   <li>{@code appointment-ahead}: an appointment in the memo lies after the day of the re-contact.
 * </ul>
 */
public final class MaintenanceGuards {
  public static final MaintenanceGuard STEP_NEEDS_MET = new Guard("step-needs-met", MaintenanceGuards::stepNeedsMet);
  public static final MaintenanceGuard STALE_FACTS_MARKED =
      new Guard("stale-facts-marked-to-complete", MaintenanceGuards::staleFactsMarked);
  public static final MaintenanceGuard AGENDA_ACCEPTED = new Guard("agenda-accepted", MaintenanceGuards::agendaAccepted);
  public static final MaintenanceGuard AGENDA_TAKES_UP_COMMITMENTS =
      new Guard("agenda-takes-up-open-commitments", MaintenanceGuards::agendaTakesUpCommitments);
  public static final MaintenanceGuard HELP_ANSWERS_CONCERNS =
      new Guard("help-answers-heard-concerns", MaintenanceGuards::helpAnswersConcerns);
  public static final MaintenanceGuard MEMO_CONFIRMS_COMMITMENTS =
      new Guard("memo-confirms-open-commitments", MaintenanceGuards::memoConfirmsCommitments);
  public static final MaintenanceGuard APPOINTMENT_AHEAD =
      new Guard("appointment-ahead", MaintenanceGuards::appointmentAhead);

  private MaintenanceGuards() {}

  /** All guards of the guide, in the order they are asked. */
  public static List<MaintenanceGuard> allCurrentGuards() {
    return List.of(STEP_NEEDS_MET, STALE_FACTS_MARKED, AGENDA_ACCEPTED, AGENDA_TAKES_UP_COMMITMENTS,
        HELP_ANSWERS_CONCERNS, MEMO_CONFIRMS_COMMITMENTS, APPOINTMENT_AHEAD);
  }

  /** A maintenance guard: a name and how it decides. */
  private static final class Guard extends StepGuard<CycleStatus, MaintenanceCommand, RecordView>
      implements MaintenanceGuard {
    Guard(String name, Decision<CycleStatus, MaintenanceCommand, RecordView> decision) {
      super(name, decision);
    }
  }

  private static Set<CommitmentId> openIds(RecordView record) {
    return record.openCommitments().stream().map(c -> c.commitment().id()).collect(Collectors.toSet());
  }

  private static Optional<String> stepNeedsMet(CycleStatus status, MaintenanceCommand command, RecordView record) {
    List<Provision> blocking = StepNeeds.readiness(command.step(), status, record).provisions().stream()
        .filter(Provision::blocks).toList();
    if (!blocking.isEmpty()) {
      return refuse("missing " + blocking.stream().map(p -> p.item() + " (" + p.detail() + ")")
          .collect(Collectors.joining("; ")));
    }
    return allow();
  }

  private static Optional<String> staleFactsMarked(CycleStatus status, MaintenanceCommand command,
      RecordView record) {
    if (command.action() instanceof IntegrateInformation integrate) {
      // a new round starts a new visit: what the last round listed does not count for it
      boolean newRound = MaintenanceCycle.opensRound(status.state(), command.step());
      List<FactKey> unmarked = record.staleFacts().stream().filter(k -> !integrate.toComplete().contains(k)
          && (newRound || !status.factsToComplete().contains(k))).toList();
      if (!unmarked.isEmpty()) {
        return refuse("list the stale facts " + unmarked + " to complete during the visit");
      }
    }
    return allow();
  }

  private static Optional<String> agendaAccepted(CycleStatus status, MaintenanceCommand command, RecordView record) {
    if (command.action() instanceof ContactWarmly contact && !contact.agenda().acceptedByCustomer()) {
      return refuse("ask the customer whether they accept the agenda before going on");
    }
    return allow();
  }

  private static Optional<String> agendaTakesUpCommitments(CycleStatus status, MaintenanceCommand command,
      RecordView record) {
    if (command.action() instanceof ContactWarmly contact) {
      Set<CommitmentId> onAgenda = contact.agenda().items().stream().flatMap(i -> i.takesUp().stream())
          .collect(Collectors.toSet());
      List<CommitmentId> left = record.openCommitments().stream().map(c -> c.commitment().id())
          .filter(id -> !onAgenda.contains(id)).toList();
      if (!left.isEmpty()) {
        return refuse("the agenda leaves out the open commitments " + left);
      }
    }
    return allow();
  }

  private static Optional<String> helpAnswersConcerns(CycleStatus status, MaintenanceCommand command,
      RecordView record) {
    if (command.action() instanceof HelpComprehensively help) {
      long unheard = help.help().stream().filter(h -> !status.concernsOfRound().contains(h.answers())).count();
      if (unheard > 0) {
        return refuse(unheard + " piece(s) of help answer no concern heard in round " + status.round());
      }
    }
    return allow();
  }

  private static Optional<String> memoConfirmsCommitments(CycleStatus status, MaintenanceCommand command,
      RecordView record) {
    if (command.action() instanceof Recontact recontact) {
      List<CommitmentId> confirmed = recontact.memo().confirmedCommitments();
      Set<CommitmentId> open = openIds(record);
      List<CommitmentId> left = record.openCommitments().stream().map(CommitmentRecord::commitment)
          .map(c -> c.id()).filter(id -> !confirmed.contains(id)).toList();
      if (!left.isEmpty()) {
        return refuse("the memo leaves out the open commitments " + left);
      }
      List<CommitmentId> unknown = confirmed.stream().filter(id -> !open.contains(id)).toList();
      if (!unknown.isEmpty()) {
        return refuse("the memo confirms " + unknown + ", which are not open commitments of the customer");
      }
    }
    return allow();
  }

  private static Optional<String> appointmentAhead(CycleStatus status, MaintenanceCommand command, RecordView record) {
    if (command.action() instanceof Recontact recontact && recontact.memo().nextAppointment().isPresent()
        && !recontact.memo().nextAppointment().get().isAfter(record.today())) {
      return refuse("the appointment " + recontact.memo().nextAppointment().get() + " must lie after "
          + record.today());
    }
    return allow();
  }
}
