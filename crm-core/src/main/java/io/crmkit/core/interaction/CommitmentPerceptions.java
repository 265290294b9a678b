package io.crmkit.core.interaction;

import io.crmkit.core.satisfaction.ImmutablePerceptionSample;
import io.crmkit.core.satisfaction.PerceptionSample;
import io.crmkit.core.satisfaction.PerceptionSink;
import io.crmkit.core.satisfaction.RatingScale;
import io.crmkit.core.satisfaction.ServiceDimension;
import io.crmkit.core.validation.Require;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How the company's promises reach satisfaction: a kept promise is a perception sample at the top
 * of the scale on {@link ServiceDimension#INTEGRITY} (promises kept, dependably and accurately), a
 * broken one at the bottom. Withdrawn promises, open ones and the customer's own promises give no
 * sample. Each sample is dated at the start of the day of the outcome in {@code zone} and names the
 * commitment, never its wording.
 *
 * <p>Stateless and thread-safe.
 */
public final class CommitmentPerceptions {
  private CommitmentPerceptions() {}

  /** The integrity samples of the resolved company promises among {@code records}. */
  public static List<PerceptionSample> samples(Collection<CommitmentRecord> records, RatingScale scale,
      ZoneId zone) {
    Require.notNull(records, "commitments");
    Require.notNull(scale, "scale");
    Require.notNull(zone, "zone");
    List<PerceptionSample> samples = new ArrayList<>();
    for (CommitmentRecord r : records) {
      if (r.commitment().promisedBy() != Initiator.COMPANY || r.resolution().isEmpty()) {
        continue;
      }
      CommitmentResolution res = r.resolution().get();
      int score = switch (res.outcome()) {
        case KEPT -> scale.max();
        case BROKEN -> scale.min();
        case WITHDRAWN -> Integer.MIN_VALUE;
      };
      if (score == Integer.MIN_VALUE) {
        continue;
      }
      samples.add(ImmutablePerceptionSample.builder().dimension(ServiceDimension.INTEGRITY).score(score)
          .scale(scale).recordedAt(res.on().atStartOfDay(zone).toInstant())
          .source("commitment " + r.commitment().id() + " " + res.outcome().name().toLowerCase(java.util.Locale.ROOT))
          .build());
    }
    return List.copyOf(samples);
  }

  /** Sends the samples of {@code records} to {@code sink}; returns how many were sent. */
  public static int feed(Collection<CommitmentRecord> records, RatingScale scale, ZoneId zone,
      PerceptionSink sink) {
    Require.notNull(sink, "perceptionSink");
    List<PerceptionSample> samples = samples(records, scale, zone);
    samples.forEach(sink::accept);
    return samples.size();
  }
}
