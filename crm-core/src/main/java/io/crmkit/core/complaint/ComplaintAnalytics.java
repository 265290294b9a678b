package io.crmkit.core.complaint;

import io.crmkit.core.customer.contact.Channel;
import io.crmkit.core.validation.CrmStyle;
import io.crmkit.core.validation.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Complaint figures for managers and for teaching: counts by cause and by channel, business time to
 * first response and to resolution (median and 90th percentile, nearest-rank), and the reopen rate
 * (complaints reopened at least once over complaints ever closed). Computed from the histories.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@CrmStyle
public abstract class ComplaintAnalytics {
  public abstract int complaints();

  public abstract Map<ComplaintCause, Integer> byCause();

  /** Complaints whose cause is not yet known. */
  public abstract int causeUnknown();

  public abstract Map<Channel, Integer> byChannel();

  public abstract Optional<Duration> firstResponseMedian();

  public abstract Optional<Duration> firstResponseP90();

  public abstract Optional<Duration> resolutionMedian();

  public abstract Optional<Duration> resolutionP90();

  /** Reopened / ever closed, 0..1; empty when none was ever closed. */
  public abstract Optional<Double> reopenRate();

  /** The figures of {@code complaints} at {@code now}, business time on the policy's calendar. */
  public static ComplaintAnalytics of(Iterable<Complaint> complaints, SlaPolicy policy, Instant now) {
    Require.notNull(complaints, "complaints");
    Require.notNull(policy, "policy");
    Map<ComplaintCause, Integer> byCause = new EnumMap<>(ComplaintCause.class);
    Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
    List<Duration> responses = new ArrayList<>();
    List<Duration> resolutions = new ArrayList<>();
    int count = 0;
    int unknown = 0;
    int everClosed = 0;
    int reopened = 0;
    for (Complaint c : complaints) {
      count++;
      ComplaintStatus s = c.status();
      s.cause().ifPresent(cause -> byCause.merge(cause, 1, Integer::sum));
      unknown += s.cause().isPresent() ? 0 : 1;
      byChannel.merge(s.receipt().channel(), 1, Integer::sum);
      SlaStatus sla = policy.status(c, now);
      if (sla.firstResponse().stopped()) {
        responses.add(sla.firstResponse().elapsed());
      }
      if (sla.resolution().stopped()) {
        resolutions.add(sla.resolution().elapsed());
      }
      boolean closedOnce = c.history().stream().anyMatch(e -> e.step() == ComplaintStep.CLOSE);
      everClosed += closedOnce ? 1 : 0;
      reopened += s.reopenCount() > 0 ? 1 : 0;
    }
    return ImmutableComplaintAnalytics.builder().complaints(count).byCause(byCause).causeUnknown(unknown)
        .byChannel(byChannel).firstResponseMedian(percentile(responses, 50))
        .firstResponseP90(percentile(responses, 90)).resolutionMedian(percentile(resolutions, 50))
        .resolutionP90(percentile(resolutions, 90))
        .reopenRate(everClosed == 0 ? Optional.empty() : Optional.of(reopened / (double) everClosed)).build();
  }

  /** The nearest-rank percentile: the smallest value with at least p% of values at or below it. */
  static Optional<Duration> percentile(List<Duration> values, int p) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return Optional.of(sorted.get(Math.max(1, rank) - 1));
  }

  /** The figures as a few lines. */
  public String describe() {
    return String.format(Locale.ROOT, "%d complaint(s); by cause %s (%d not yet known); by channel %s%n"
        + "first response median %s, p90 %s; resolution median %s, p90 %s (business time)%n"
        + "reopen rate %s%n", complaints(), byCause(), causeUnknown(), byChannel(),
        hours(firstResponseMedian()), hours(firstResponseP90()), hours(resolutionMedian()), hours(resolutionP90()),
        reopenRate().map(r -> String.format(Locale.ROOT, "%.0f%%", 100 * r)).orElse("n/a (none closed)"));
  }

  private static String hours(Optional<Duration> d) {
    return d.map(x -> String.format(Locale.ROOT, "%.1f h", x.toMinutes() / 60.0)).orElse("n/a");
  }
}
