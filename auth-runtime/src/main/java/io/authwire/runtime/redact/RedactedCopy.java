package io.authwire.runtime.redact;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * Copies of throwables with a redacted message. A copy is of the original's kind (a timeout, an
 * I/O error, an error, else unchecked) and shows the original's class name and stack trace.
 */
final class RedactedCopy {
  private RedactedCopy() {}

  static Throwable of(Throwable original, String message) {
    String name = original.getClass().getName();
    Throwable copy =
        original instanceof SocketTimeoutException
            ? new Timeout(name, message)
            : original instanceof IOException
                ? new Io(name, message)
                : original instanceof Error ? new Fatal(name, message) : new Unchecked(name, message);
    copy.setStackTrace(original.getStackTrace());
    return copy;
  }

  private static String describe(String name, String message) {
    return message == null ? name : name + ": " + message;
  }

  private static final class Timeout extends SocketTimeoutException {
    private static final long serialVersionUID = 1L;
    private final String name;

    Timeout(String name, String message) {
      super(message);
      this.name = name;
    }

    @Override
    public String toString() {
      return describe(name, getMessage());
    }
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
}
