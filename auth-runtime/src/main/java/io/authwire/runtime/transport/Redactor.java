package io.authwire.runtime.transport;

import io.authwire.runtime.auth.Placement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Removes a credential from text that is about to be shown, such as an I/O error message. */
final class Redactor {
  private Redactor() {}

  /** {@code text} with {@code credential}, its token part and their URL encodings redacted. */
  static String redact(String text, String credential) {
    if (text == null || credential == null || credential.isEmpty()) {
      return text;
    }
    String redacted = text;
    int space = credential.indexOf(' ');
    for (String secret :
        space < 0
            ? new String[] {credential}
            : new String[] {credential, credential.substring(space + 1)}) {
      redacted = redacted.replace(secret, Placement.REDACTED);
      redacted =
          redacted.replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), Placement.REDACTED);
    }
    return redacted;
  }
}
