package io.crmkit.core.interaction.maintenance;

import io.crmkit.core.customer.profile.FactKey;
import io.crmkit.core.interaction.InteractionId;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.ContactWarmly;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.HelpComprehensively;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.IntegrateInformation;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.Recontact;
import io.crmkit.core.interaction.maintenance.MaintenanceAction.UnderstandDeeply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a cycle's history implies: the state and round, what this round has recorded so far (the
 * facts to complete, the contact and its agenda, the concerns, the help), and what the last
 * re-contact left for the next round (the satisfaction result and the appointment).
 *
 * <p>Immutable and thread-safe.
 *
 * @param state where the cycle stands
 * @param round the current round, 0 before the first step
 * @param lastStepAt when the last step was taken, if any
 * @param factsToComplete the facts this round set out to complete in the visit
 * @param contactOfRound this round's contact, if made
 * @param agendaOfRound the agenda of this round's contact, if made
 * @param concernsOfRound the concerns heard in this round
 * @param helpOfRound the help given in this round
 * @param lastSatisfaction the satisfaction result of the last re-contact, if any
 * @param appointment the next contact agreed at the last re-contact, if any
 */
public record CycleStatus(CycleState state, int round, Optional<Instant> lastStepAt, Set<FactKey> factsToComplete,
    Optional<InteractionId> contactOfRound, Optional<Agenda> agendaOfRound, List<Concern> concernsOfRound,
    List<Help> helpOfRound, Optional<SatisfactionCheck> lastSatisfaction, Optional<LocalDate> appointment) {

  /** Copies the collections. */
  public CycleStatus {
    factsToComplete = Set.copyOf(factsToComplete);
    concernsOfRound = List.copyOf(concernsOfRound);
    helpOfRound = List.copyOf(helpOfRound);
  }

  /** The status of a cycle with {@code history} (already checked against the table). */
  static CycleStatus fold(List<MaintenanceEvent> history) {
    CycleState state = CycleState.STARTED;
    int round = 0;
    Instant lastAt = null;
    Set<FactKey> toComplete = new LinkedHashSet<>();
    InteractionId contact = null;
    Agenda agenda = null;
    List<Concern> concerns = new ArrayList<>();
    List<Help> help = new ArrayList<>();
    SatisfactionCheck satisfaction = null;
    LocalDate appointment = null;
    for (MaintenanceEvent e : history) {
      if (e.round() != round) {
        round = e.round();
        toComplete.clear();
        contact = null;
        agenda = null;
        concerns.clear();
        help.clear();
      }
      MaintenanceAction a = e.action();
      if (a instanceof IntegrateInformation i) {
        toComplete.addAll(i.toComplete());
      } else if (a instanceof ContactWarmly c) {
        contact = c.interaction();
        agenda = c.agenda();
      } else if (a instanceof UnderstandDeeply u) {
        concerns.addAll(u.concerns());
      } else if (a instanceof HelpComprehensively h) {
        help.addAll(h.help());
      } else if (a instanceof Recontact r) {
        satisfaction = r.satisfaction();
        appointment = r.memo().nextAppointment().orElse(null);
      }
      state = e.toState();
      lastAt = e.at();
    }
    return new CycleStatus(state, round, Optional.ofNullable(lastAt), toComplete, Optional.ofNullable(contact),
        Optional.ofNullable(agenda), concerns, help, Optional.ofNullable(satisfaction),
        Optional.ofNullable(appointment));
  }
}
