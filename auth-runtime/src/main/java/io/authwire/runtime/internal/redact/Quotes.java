package io.authwire.runtime.internal.redact;

import java.util.regex.Pattern;

/** Text from a server, fit to quote in a message and a log line. */
public final class Quotes {
  /** How much of a text from a server, such as {@code error_description}, a message quotes. */
  public static final int MAX_QUOTED_CHARS = 200;

  /** Control and format characters and line separators: what forges or garbles a log line. */
  private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

  private Quotes() {}

  /**
   * {@code text} without control characters (which forge log lines), without any form of {@code
   * secrets}, and cut short. The secrets are redacted before the control characters go, in case one
   * holds such a character itself, and again after, so that none inserted can split one; the cut
   * comes last, so that none can leave part of one. {@code null} stays {@code null}.
   */
  public static String quoted(String text, Secrets secrets) {
    if (text == null) {
      return null;
    }
    String redacted = secrets.redact(UNPRINTABLE.matcher(secrets.redact(text)).replaceAll(""));
    return redacted.length() <= MAX_QUOTED_CHARS
        ? redacted
        : redacted.substring(0, MAX_QUOTED_CHARS) + "…";
  }
}
