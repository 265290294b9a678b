package io.crmkit.core.complaint;

import static io.crmkit.core.complaint.ComplaintState.ACKNOWLEDGED;
import static io.crmkit.core.complaint.ComplaintState.CLOSED;
import static io.crmkit.core.complaint.ComplaintState.EXPLAINED;
import static io.crmkit.core.complaint.ComplaintState.FOLLOWED_UP;
import static io.crmkit.core.complaint.ComplaintState.INVESTIGATING;
import static io.crmkit.core.complaint.ComplaintState.NOT_VALID;
import static io.crmkit.core.complaint.ComplaintState.RECEIVED;
import static io.crmkit.core.complaint.ComplaintState.REMEDY_ACCEPTED;
import static io.crmkit.core.complaint.ComplaintState.REMEDY_DECLINED;
import static io.crmkit.core.complaint.ComplaintState.REMEDY_IMPLEMENTED;
import static io.crmkit.core.complaint.ComplaintState.REMEDY_PROPOSED;
import static io.crmkit.core.complaint.ComplaintState.REOPENED;
import static io.crmkit.core.complaint.ComplaintState.SHELVED;
import static io.crmkit.core.complaint.ComplaintState.VALID;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of complaint handling: the single source of truth that the engine runs on and
 * the state diagrams are drawn from.
 *
 * <p>Main path: RECEIVED -> ACKNOWLEDGED -> INVESTIGATING -> VALID -> REMEDY_PROPOSED ->
 * REMEDY_ACCEPTED -> REMEDY_IMPLEMENTED -> FOLLOWED_UP -> CLOSED. A complaint judged NOT_VALID is
 * EXPLAINED and closed, or investigated again when new facts arrive; a declined remedy is escalated
 * (change of handler, compromise) or other routes of recourse are offered. CLOSED may be REOPENED.
 * From every active state: shelve, change handler, hold principle, admit fault, tag a difficult
 * customer, wait for the customer, record a remark.
 */
public final class ComplaintWorkflow {
  private static final List<Transition> TABLE = build();
  private static final Map<ComplaintState, Map<ComplaintStep, Transition>> BY_STATE = index(TABLE);

  private ComplaintWorkflow() {}

  /** Every row of the table. */
  public static List<Transition> transitions() {
    return TABLE;
  }

  /** The steps allowed in {@code state}, in table order. */
  public static Set<ComplaintStep> allowedSteps(ComplaintState state) {
    return Collections.unmodifiableSet(BY_STATE.get(state).keySet());
  }

  /** The transition for {@code step} from {@code state}, if allowed. */
  public static Optional<Transition> transition(ComplaintState state, ComplaintStep step) {
    return Optional.ofNullable(BY_STATE.get(state).get(step));
  }

  private static List<Transition> build() {
    List<Transition> t = new ArrayList<>();
    move(t, RECEIVED, ComplaintStep.ACKNOWLEDGE, ACKNOWLEDGED);
    move(t, ACKNOWLEDGED, ComplaintStep.START_INVESTIGATION, INVESTIGATING);
    stay(t, INVESTIGATING, ComplaintStep.RECORD_FACTS);
    move(t, INVESTIGATING, ComplaintStep.JUDGE_VALID, VALID);
    move(t, INVESTIGATING, ComplaintStep.JUDGE_NOT_VALID, NOT_VALID);
    move(t, NOT_VALID, ComplaintStep.EXPLAIN, EXPLAINED);
    move(t, NOT_VALID, ComplaintStep.NEW_FACTS, INVESTIGATING);
    move(t, EXPLAINED, ComplaintStep.NEW_FACTS, INVESTIGATING);
    move(t, EXPLAINED, ComplaintStep.CLOSE, CLOSED);
    move(t, VALID, ComplaintStep.PROPOSE_REMEDY, REMEDY_PROPOSED);
    move(t, VALID, ComplaintStep.COMPROMISE, REMEDY_PROPOSED);
    move(t, REMEDY_PROPOSED, ComplaintStep.ACCEPT_REMEDY, REMEDY_ACCEPTED);
    move(t, REMEDY_PROPOSED, ComplaintStep.DECLINE_REMEDY, REMEDY_DECLINED);
    move(t, REMEDY_PROPOSED, ComplaintStep.COMPROMISE, REMEDY_PROPOSED);
    move(t, REMEDY_DECLINED, ComplaintStep.PROPOSE_REMEDY, REMEDY_PROPOSED);
    move(t, REMEDY_DECLINED, ComplaintStep.COMPROMISE, REMEDY_PROPOSED);
    stay(t, REMEDY_DECLINED, ComplaintStep.OFFER_RECOURSE);
    move(t, REMEDY_DECLINED, ComplaintStep.CLOSE, CLOSED);
    move(t, REMEDY_ACCEPTED, ComplaintStep.IMPLEMENT_REMEDY, REMEDY_IMPLEMENTED);
    stay(t, REMEDY_IMPLEMENTED, ComplaintStep.RECORD_CONTACT_ATTEMPT);
    move(t, REMEDY_IMPLEMENTED, ComplaintStep.FOLLOW_UP, FOLLOWED_UP);
    move(t, REMEDY_IMPLEMENTED, ComplaintStep.CLOSE, CLOSED);
    move(t, FOLLOWED_UP, ComplaintStep.CLOSE, CLOSED);
    move(t, CLOSED, ComplaintStep.REOPEN, REOPENED);
    move(t, REOPENED, ComplaintStep.START_INVESTIGATION, INVESTIGATING);
    for (ComplaintState s : ComplaintState.values()) {
      if (s.isActive()) {
        stay(t, s, ComplaintStep.ADMIT_FAULT);
        stay(t, s, ComplaintStep.CHANGE_HANDLER);
        stay(t, s, ComplaintStep.HOLD_PRINCIPLE);
        stay(t, s, ComplaintStep.TAG_DIFFICULT_CUSTOMER);
        stay(t, s, ComplaintStep.WAIT_FOR_CUSTOMER);
        stay(t, s, ComplaintStep.CUSTOMER_RESPONDED);
        stay(t, s, ComplaintStep.RECORD_REMARK);
        move(t, s, ComplaintStep.SHELVE, SHELVED);
      }
    }
    t.add(ImmutableTransition.of(SHELVED, ComplaintStep.RESUME, SHELVED, true));
    return List.copyOf(t);
  }

  private static void move(List<Transition> t, ComplaintState from, ComplaintStep step, ComplaintState to) {
    t.add(ImmutableTransition.of(from, step, to, false));
  }

  private static void stay(List<Transition> t, ComplaintState state, ComplaintStep step) {
    t.add(ImmutableTransition.of(state, step, state, false));
  }

  private static Map<ComplaintState, Map<ComplaintStep, Transition>> index(List<Transition> table) {
    Map<ComplaintState, Map<ComplaintStep, Transition>> byState = new EnumMap<>(ComplaintState.class);
    for (ComplaintState s : ComplaintState.values()) {
      byState.put(s, new LinkedHashMap<>());
    }
    for (Transition row : table) {
      if (byState.get(row.from()).put(row.step(), row) != null) {
        throw new IllegalStateException("the complaint table lists " + row.step() + " twice from " + row.from());
      }
    }
    byState.replaceAll((s, m) -> Collections.unmodifiableMap(m));
    return Collections.unmodifiableMap(byState);
  }
}
