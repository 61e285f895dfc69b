package io.authwire.runtime.internal.redact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A stream with every form of some {@link Secrets} redacted as it is read. Bytes that could still
 * be the start of a form wait for the next ones, never more than the longest form's length less
 * one.
 */
final class RedactingInputStream extends InputStream {
  private static final int MAX_WINDOW = 8192;

  private final InputStream in;
  private final Secrets secrets;

  /** Read but not yet redacted: {@code window[0, buffered)}. */
  private final byte[] window;

  private int buffered;
  private boolean ended;

  /** Redacted and ready: {@code ready[readyAt, ready.size())}. */
  private final Secrets.Buffer ready = new Secrets.Buffer();

  private int readyAt;
  private final byte[] single = new byte[1];

  /**
   * @param expectedBytes how long the input says it is, or -1: a window no larger than that is
   *     allocated, since most bodies are small. A wrong length costs only more reads.
   */
  RedactingInputStream(InputStream in, Secrets secrets, int expectedBytes) {
    this.in = Objects.requireNonNull(in, "in");
    this.secrets = secrets;
    int wanted = expectedBytes < 0 ? MAX_WINDOW : Math.min(MAX_WINDOW, expectedBytes + 1);
    this.window = new byte[Math.max(wanted, 2 * secrets.longest())];
  }

  @Override
  public int read() throws IOException {
    return read(single, 0, 1) < 0 ? -1 : single[0] & 0xff;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    if (length == 0) {
      return 0;
    }
    while (readyAt == ready.size()) {
      if (!fill()) {
        return -1;
      }
    }
    int count = Math.min(length, ready.size() - readyAt);
    System.arraycopy(ready.array(), readyAt, bytes, offset, count);
    readyAt += count;
    return count;
  }

  /** Reads once more and redacts what can be decided; false at the end of the input. */
  private boolean fill() throws IOException {
    if (ended && buffered == 0) {
      return false;
    }
    ready.reset();
    readyAt = 0;
    if (!ended) {
      int count = in.read(window, buffered, window.length - buffered);
      if (count < 0) {
        ended = true;
      } else {
        buffered += count;
      }
    }
    int decidable = ended ? buffered : buffered - secrets.longest() + 1;
    if (decidable > 0) {
      int next = secrets.redact(window, 0, decidable, buffered, ready);
      System.arraycopy(window, next, window, 0, buffered - next);
      buffered -= next;
    }
    return true;
  }

  @Override
  public int available() {
    return ready.size() - readyAt;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
