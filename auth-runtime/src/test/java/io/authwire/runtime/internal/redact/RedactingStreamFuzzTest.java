package io.authwire.runtime.internal.redact;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Streaming redaction must agree with redaction of the whole text, however the reads fall. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RedactingStreamFuzzTest {

  private static String stream(Secrets secrets, byte[] body, Random random) throws IOException {
    InputStream chunked =
        new InputStream() {
          private final ByteArrayInputStream in = new ByteArrayInputStream(body);

          @Override
          public int read() {
            return in.read();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, 1 + random.nextInt(40)));
          }
        };
    // Half the time with a window sized for a length the body may not have (a lying
    // Content-Length).
    InputStream redacted =
        random.nextBoolean()
            ? new RedactingInputStream(chunked, secrets, -1)
            : new RedactingInputStream(chunked, secrets, random.nextInt(body.length + 2));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64];
    for (int n; (n = redacted.read(buffer, 0, 1 + random.nextInt(64))) != -1; ) {
      out.write(buffer, 0, n);
    }
    return out.toString(UTF_8);
  }

  @Test
  void streamedAndWholeRedactionAgreeForRandomSplits() throws IOException {
    Secrets secrets =
        Secrets.of(
            "Bearer ab/c d",
            "Basic " + java.util.Base64.getEncoder().encodeToString("u:ab/c".getBytes(UTF_8)));
    String[] pieces = {
      "ab/c d", "ab%2Fc+d", "ab%2fc%20d", "ab\\/c d", "Bearer ", "ab", "/c", "x", "\n", "é", "ab/c"
    };
    Random random = new Random(42);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(30);
      for (int i = 0; i < parts; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String whole = secrets.redact(text.toString());
      String streamed = stream(secrets, text.toString().getBytes(UTF_8), random);
      assertEquals(whole, streamed, "round " + round + " for " + text);
    }
  }
}
