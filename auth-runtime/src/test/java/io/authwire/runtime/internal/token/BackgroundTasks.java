package io.authwire.runtime.internal.token;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;

/** The cache's background executor, counting what it was given and able to wait for all of it. */
final class BackgroundTasks implements java.util.concurrent.Executor, AutoCloseable {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger submitted = new AtomicInteger();
  private final Phaser running = new Phaser(1);

  @Override
  public void execute(Runnable task) {
    submitted.incrementAndGet();
    running.register();
    threads.execute(
        () -> {
          try {
            task.run();
          } finally {
            running.arriveAndDeregister();
          }
        });
  }

  /** How many token requests the cache started, on behalf of cold callers or ahead of expiry. */
  int submitted() {
    return submitted.get();
  }

  /** Waits until every task given so far has finished. */
  void settle() {
    running.arriveAndAwaitAdvance();
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
