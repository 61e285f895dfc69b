package io.authwire.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every line a {@code java.util.logging} logger, and so {@code System.Logger} by default, prints
 * while this is open, formatted as a console would show it.
 */
public final class LogLines implements AutoCloseable {
  private final Logger logger;
  private final Level levelBefore;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          lines.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private LogLines(Logger logger) {
    this.logger = logger;
    this.levelBefore = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  /** Captures the logger {@code name} and those below it, at every level. */
  public static LogLines of(String name) {
    return new LogLines(Logger.getLogger(name));
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  public String text() {
    return String.join("\n", lines);
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(levelBefore);
  }
}
