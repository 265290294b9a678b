package io.crmkit.core.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves forward by hand. Not thread-safe; tests only. */
final class MovingClock extends Clock {
  private Instant now;

  MovingClock(Instant start) {
    this.now = start;
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new IllegalArgumentException("MovingClock runs in UTC only");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
