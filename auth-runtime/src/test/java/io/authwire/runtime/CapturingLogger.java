package io.authwire.runtime;

import feign.Logger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A Feign logger that keeps every line, as a user's own logger would print it. */
final class CapturingLogger extends Logger {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  protected void log(String configKey, String format, Object... args) {
    lines.add(methodTag(configKey) + String.format(format, args));
  }

  String text() {
    return String.join("\n", lines);
  }
}
