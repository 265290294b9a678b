package io.crmkit.core.interaction.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves forward by hand, in one zone. Not thread-safe; tests only. */
final class MovableClock extends Clock {
  private final ZoneId zone;
  private Instant now;

  MovableClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    throw new IllegalArgumentException("MovableClock keeps its zone " + zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
