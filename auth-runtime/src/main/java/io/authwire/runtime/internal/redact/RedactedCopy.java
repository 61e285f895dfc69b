package io.authwire.runtime.internal.redact;

import java.io.IOException;

/**
 * Copies of throwables with a redacted message, showing the original's class name and stack trace.
 * A copy of an {@link IOException} or an {@link Error} is one, so that it can be thrown where the
 * original was and is caught as the original would be; a copy of anything else is unchecked.
 */
final class RedactedCopy {
  private RedactedCopy() {}

  static Throwable of(Throwable original, String message) {
    String name = original.getClass().getName();
    Throwable copy =
        original instanceof IOException
            ? new Io(name, message)
            : original instanceof Error ? new Fatal(name, message) : new Unchecked(name, message);
    copy.setStackTrace(original.getStackTrace());
    return copy;
  }

  private static String describe(String name, String message) {
    return message == null ? name : name + ": " + message;
  }

  private static final class Io extends IOException {
    private static final long serialVersionUID = 1L;
    private final String name;

    Io(String name, String message) {
      super(message);
      this.name = name;
    }

    @Override
    public String toString() {
      return describe(name, getMessage());
    }
  }

  private static final class Unchecked extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String name;

    Unchecked(String name, String message) {
      super(message);
      this.name = name;
    }

    @Override
    public String toString() {
      return describe(name, getMessage());
    }
  }

  private static final class Fatal extends Error {
    private static final long serialVersionUID = 1L;
    private final String name;

    Fatal(String name, String message) {
      super(message);
      this.name = name;
    }

    @Override
    public String toString() {
      return describe(name, getMessage());
    }
  }
}
