package io.authwire.runtime.internal.token;

/**
 * A monotonic clock in nanoseconds, for deadlines and backoff windows: unlike the wall clock it
 * never steps back when the system time is corrected.
 */
@FunctionalInterface
public interface Ticker {
  Ticker SYSTEM = System::nanoTime;

  long nanos();
}
