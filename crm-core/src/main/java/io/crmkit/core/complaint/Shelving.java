package io.crmkit.core.complaint;

import io.crmkit.core.validation.Require;
import java.time.Instant;

/**
 * A cooling-off period: the state the complaint was shelved in (RESUME returns to it) and the date
 * it is to resume.
 *
 * <p>Immutable and thread-safe.
 */
public record Shelving(ComplaintState from, Instant resumeOn) {
  public Shelving {
    Require.notNull(from, "shelving.from");
    Require.notNull(resumeOn, "shelving.resumeOn");
  }
}
