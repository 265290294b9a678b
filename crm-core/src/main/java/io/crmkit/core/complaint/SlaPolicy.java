package io.crmkit.core.complaint;

import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Complaint SLA targets by severity and channel, counted in business time on a calendar and paused
 * while a complaint is shelved or waiting on the customer. Every figure is computed from the
 * complaint's history at the moment asked, never from counters that can drift. A running clock is
 * AT_RISK once it has used {@link #atRiskShare()} of its target (default 0.8).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class SlaPolicy {
  public abstract BusinessCalendar calendar();

  /** Targets; one without a channel is required for every severity, channel-specific ones override it. */
  public abstract List<SlaTarget> targets();

  @Value.Default
  public double atRiskShare() {
    return 0.8;
  }

  /**
   * A common starting point: first response / resolution in business hours of 16/80 (LOW), 8/40
   * (MEDIUM), 4/16 (HIGH) and 1/8 (CRITICAL).
   */
  public static SlaPolicy standard(BusinessCalendar calendar) {
    return ImmutableSlaPolicy.builder().calendar(calendar)
        .addTargets(SlaTarget.of(ComplaintSeverity.LOW, Duration.ofHours(16), Duration.ofHours(80)))
        .addTargets(SlaTarget.of(ComplaintSeverity.MEDIUM, Duration.ofHours(8), Duration.ofHours(40)))
        .addTargets(SlaTarget.of(ComplaintSeverity.HIGH, Duration.ofHours(4), Duration.ofHours(16)))
        .addTargets(SlaTarget.of(ComplaintSeverity.CRITICAL, Duration.ofHours(1), Duration.ofHours(8)))
        .build();
  }

  @Value.Check
  protected void check() {
    for (ComplaintSeverity s : ComplaintSeverity.values()) {
      Require.that(targets().stream().anyMatch(t -> t.severity() == s && t.channel().isEmpty()),
          "slaPolicy.targets", "must hold a target for every channel at severity " + s, targets().size());
    }
    Require.that(atRiskShare() > 0 && atRiskShare() < 1, "slaPolicy.atRiskShare", "must be within (0, 1)",
        atRiskShare());
  }

  /** The target for a severity and channel: channel-specific if declared, else the severity's. */
  public SlaTarget targetFor(ComplaintSeverity severity, Channel channel) {
    Optional<SlaTarget> specific = targets().stream()
        .filter(t -> t.severity() == severity && t.channel().equals(Optional.of(channel))).findFirst();
    return specific.orElseGet(() -> targets().stream()
        .filter(t -> t.severity() == severity && t.channel().isEmpty()).findFirst().orElseThrow());
  }

  /** Both SLA clocks of a complaint at {@code now}. */
  public SlaStatus status(Complaint complaint, Instant now) {
    Require.notNull(complaint, "complaint");
    Require.notNull(now, "now");
    ComplaintStatus s = complaint.status();
    SlaTarget target = targetFor(s.receipt().severity(), s.receipt().channel());
    Duration toResponse = countedTime(complaint, now, true);
    Duration toResolution = countedTime(complaint, now, false);
    return ImmutableSlaStatus.builder().complaint(complaint.id()).severity(s.receipt().severity())
        .firstResponse(measure(target.firstResponse(), toResponse, s.firstResponseAt().isPresent()))
        .resolution(measure(target.resolution(), toResolution, complaint.state() == ComplaintState.CLOSED))
        .build();
  }

  /** The complaints at risk of or in breach of an SLA at {@code now}, least time left first. */
  public List<SlaStatus> atRiskOrBreached(Iterable<Complaint> complaints, Instant now) {
    Require.notNull(complaints, "complaints");
    List<SlaStatus> flagged = new ArrayList<>();
    for (Complaint c : complaints) {
      SlaStatus status = status(c, now);
      if (status.worst() == SlaState.AT_RISK || (status.worst() == SlaState.BREACHED && !status.resolution().stopped())) {
        flagged.add(status);
      }
    }
    flagged.sort(Comparator.comparing(SlaStatus::mostUrgentTimeLeft).thenComparing(s -> s.complaint().value()));
    return List.copyOf(flagged);
  }

  private SlaMeasure measure(Duration target, Duration elapsed, boolean stopped) {
    SlaState state;
    if (elapsed.compareTo(target) > 0) {
      state = SlaState.BREACHED;
    } else if (stopped) {
      state = SlaState.MET;
    } else {
      state = elapsed.toMillis() >= target.toMillis() * atRiskShare() ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }
    return ImmutableSlaMeasure.builder().target(target).elapsed(elapsed).stopped(stopped).state(state).build();
  }

  /**
   * Business time during which the clock ran: open (not closed), not shelved, not waiting on the
   * customer; up to the first response if {@code toFirstResponse}, else up to {@code now}.
   */
  private Duration countedTime(Complaint complaint, Instant now, boolean toFirstResponse) {
    Duration total = Duration.ZERO;
    boolean open = true;
    boolean shelved = false;
    boolean waiting = false;
    Instant segmentStart = complaint.history().get(0).at();
    for (ComplaintEvent e : complaint.history()) {
      Instant at = e.at().isAfter(now) ? now : e.at();
      if (open && !shelved && !waiting) {
        total = total.plus(calendar().between(segmentStart, at));
      }
      segmentStart = at;
      if (toFirstResponse && e.step() == ComplaintStep.ACKNOWLEDGE) {
        return total;
      }
      switch (e.step()) {
        case CLOSE -> {
          open = false;
          waiting = false;
        }
        case REOPEN -> open = true;
        case SHELVE -> shelved = true;
        case RESUME -> shelved = false;
        case WAIT_FOR_CUSTOMER -> waiting = true;
        case CUSTOMER_RESPONDED -> waiting = false;
        default -> { }
      }
    }
    if (open && !shelved && !waiting) {
      total = total.plus(calendar().between(segmentStart, now));
    }
    return total;
  }
}
