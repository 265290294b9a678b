package io.crmkit.core.complaint;

import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.util.List;
import org.immutables.value.Value;

/**
 * A complaint: its id and its append-only history of {@link ComplaintEvent}s. Everything else (state,
 * handler, cause, remedy, follow-up) is the {@link ComplaintStatus} folded from the history, so
 * replaying the events rebuilds exactly the same complaint. Steps are taken through
 * {@link ComplaintHandling}; each returns a new version.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class Complaint {
  public abstract ComplaintId id();

  /** Every step taken, oldest first; sequence numbers 1, 2, 3... and non-decreasing times. */
  public abstract List<ComplaintEvent> history();

  /** Rebuilds a complaint from its stored events, checking them against the workflow. */
  public static Complaint replay(ComplaintId id, List<ComplaintEvent> events) {
    return ImmutableComplaint.builder().id(id).history(events).build();
  }

  /** What the history implies, computed once per version. */
  @Value.Derived
  @Value.Auxiliary
  public ComplaintStatus status() {
    return ComplaintStatus.fold(history());
  }

  @Value.Check
  protected void check() {
    List<ComplaintEvent> h = history();
    for (int i = 0; i < h.size(); i++) {
      Require.that(h.get(i).sequence() == i + 1, "complaint.history[" + i + "].sequence", "must be " + (i + 1),
          h.get(i).sequence());
      if (i > 0) {
        Require.that(!h.get(i).at().isBefore(h.get(i - 1).at()), "complaint.history[" + i + "].at",
            "must not be before the previous event at " + h.get(i - 1).at(), h.get(i).at());
      }
    }
  }

  public ComplaintState state() {
    return status().state();
  }

  /** This complaint with one more event (already checked by {@link ComplaintHandling}). */
  Complaint append(ComplaintEvent event) {
    return ImmutableComplaint.builder().from(this).addHistory(event).build();
  }

  /** The history as lines, for a screen, an audit or a lesson. */
  public String describeHistory() {
    StringBuilder text = new StringBuilder();
    history().forEach(e -> text.append(e.describe()).append('\n'));
    return text.toString();
  }
}
