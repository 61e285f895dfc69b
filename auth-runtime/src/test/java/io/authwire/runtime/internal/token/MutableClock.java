package io.authwire.runtime.internal.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A wall clock and a monotonic ticker that tests move by hand, so nothing time-based needs a sleep.
 * {@link #advance} moves both, as time passing does; {@link #stepWallClock} moves only the wall
 * clock, as an administrator or NTP correcting the system time does.
 */
final class MutableClock extends Clock implements Ticker {
  private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private volatile long nanos = 123_456_789L;

  void advance(Duration duration) {
    now = now.plus(duration);
    nanos += duration.toNanos();
  }

  void stepWallClock(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public long nanos() {
    return nanos;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
