package io.authwire.runtime.internal.redact;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of a credential, in text, streams, responses and throwables. */
@Timeout(10)
class SecretsTest {
  /** A slash, a space, an equals sign, a quote and a non-ASCII letter: every form differs. */
  private static final String KEY = "sk/a b=\"\u00e9";

  private final Secrets secrets = Secrets.of(KEY);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sk/a b=\\\"\u00e9",
        "sk%2Fa+b%3D%22%C3%A9",
        "sk%2Fa%20b%3D%22%C3%A9",
        "sk%2fa+b%3d%22%c3%a9",
        "sk%2fa%20b%3d%22%c3%a9",
        "sk\\/a b=\\\"\u00e9",
        "sk/a b=\\\"\\u00e9",
        "sk/a b=\\\"\\u00E9",
        "sk\\/a b=\\\"\\u00e9",
        "sk/a b\\u003d\\\"\\u00e9",
        "sk\\/a b\\u003D\\\"\\u00E9"
      })
  void everyFormIsRedacted(String form) {
    assertEquals("[<redacted>]", secrets.redact("[" + form + "]"));
    assertEquals(
        "[<redacted>]",
        read(
            new RedactingInputStream(
                new ByteArrayInputStream(("[" + form + "]").getBytes(UTF_8)), secrets, -1)));
  }

  @Test
  void theRawValueIsRedacted() {
    assertEquals("key <redacted>.", secrets.redact("key " + KEY + "."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic ", "basic "})
  void basicIsRedactedAsHeaderValueTokenAndPassword(String scheme) {
    String token = Base64.getEncoder().encodeToString("ops:p\u00e4ss w0rd".getBytes(UTF_8));
    Secrets basic = Secrets.of(scheme + token);

    assertEquals(
        "<redacted> <redacted> <redacted> <redacted>",
        basic.redact(scheme + token + " " + token + " p\u00e4ss w0rd p%C3%A4ss+w0rd"));
  }

  @Test
  void longestFirstAndTheTokenAlone() {
    Secrets bearer = Secrets.of("Bearer abc123");

    assertEquals("<redacted> and <redacted>", bearer.redact("Bearer abc123 and abc123"));
  }

  @Test
  void oneLeftToRightPassNeverRedactsInsideARedaction() {
    assertEquals("<redacted> <redacted>", Secrets.of("red").redact("red red"));
  }

  @Test
  void cleanTextIsReturnedAsItIs() {
    String text = "nothing to see";
    assertSame(text, secrets.redact(text));
    assertSame(text, Secrets.NONE.redact(text));
  }

  @Test
  void aFormSplitAcrossReadsIsRedacted() {
    byte[] body = ("a" + KEY + "b" + KEY).getBytes(UTF_8);

    assertEquals(
        "a<redacted>b<redacted>",
        read(new RedactingInputStream(oneByteAtATime(body), secrets, -1)));
  }

  @Test
  void aStreamKeepsStreamingHoldingBackLessThanTheLongestForm() throws IOException {
    byte[] first = "x".repeat(100_000).getBytes(UTF_8);
    // Fails the test if the redaction waits for more than the first chunk.
    InputStream source =
        new InputStream() {
          private final InputStream chunk = new ByteArrayInputStream(first);

          @Override
          public int read() throws IOException {
            throw new AssertionError("read past what had arrived");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = chunk.read(b, off, len);
            if (n < 0) {
              throw new AssertionError("read past what had arrived");
            }
            return n;
          }
        };
    InputStream redacted = new RedactingInputStream(source, secrets, -1);

    int longest = "sk\\/a b\\u003D\\\"\\u00E9".length();
    byte[] got = redacted.readNBytes(first.length - longest);
    assertEquals(first.length - longest, got.length);
  }

  @Test
  void aResponseIsRedactedInReasonHeadersAndBodyWhateverItsStatus() throws IOException {
    Response response =
        Response.builder()
            .status(200)
            .reason("OK " + KEY)
            .headers(
                Map.of(
                    "Location",
                    java.util.List.of("/x?k=sk%2Fa%20b%3D%22%C3%A9"),
                    "Other",
                    java.util.List.of("fine")))
            .body(("{\"k\":\"" + "sk\\/a b=\\\"\u00e9" + "\"}").getBytes(UTF_8))
            .request(
                Request.create(Request.HttpMethod.GET, "http://h/", Map.of(), null, UTF_8, null))
            .build();

    Response redacted = secrets.redact(response);

    assertEquals("OK <redacted>", redacted.reason());
    assertEquals("/x?k=<redacted>", redacted.headers().get("Location").iterator().next());
    assertEquals("fine", redacted.headers().get("Other").iterator().next());
    assertEquals("{\"k\":\"<redacted>\"}", read(redacted.body().asInputStream()));
    assertTrue(redacted.body().isRepeatable());
    assertEquals("{\"k\":\"<redacted>\"}", read(redacted.body().asInputStream()));
  }

  @Test
  void aCleanResponseWithoutBodyIsReturnedAsItIs() {
    Response response =
        Response.builder()
            .status(204)
            .headers(Map.of("X", java.util.List.of("y")))
            .request(
                Request.create(Request.HttpMethod.GET, "http://h/", Map.of(), null, UTF_8, null))
            .build();

    assertSame(response, secrets.redact(response));
  }

  @Test
  void aCleanThrowableIsReturnedItself() {
    IOException clean = new IOException("refused", new IllegalStateException("inner"));

    assertSame(clean, secrets.redact(clean));
  }

  @Test
  void aLeakAnywhereInTheChainCopiesItKeepingClassNamesAndStackTraces() {
    ConnectException cause = new ConnectException("to /x?k=" + KEY);
    IOException thrown = new IOException("failed", cause);
    thrown.addSuppressed(new IllegalArgumentException("bad " + KEY));

    IOException redacted = secrets.redact(thrown);

    String shown = printed(redacted);
    assertTrue(shown.startsWith("java.io.IOException: failed"), shown);
    assertTrue(shown.contains("Caused by: java.net.ConnectException: to /x?k=<redacted>"), shown);
    assertTrue(
        shown.contains("Suppressed: java.lang.IllegalArgumentException: bad <redacted>"), shown);
    assertTrue(!shown.contains(KEY), shown);
    assertArrayEquals(thrown.getStackTrace(), redacted.getStackTrace());
    assertArrayEquals(cause.getStackTrace(), redacted.getCause().getStackTrace());
  }

  @Test
  void anIoExceptionStaysOneAndAnUncheckedOneStaysUnchecked() {
    assertInstanceOf(IOException.class, secrets.redact(new SocketTimeoutException(KEY)));
    assertInstanceOf(RuntimeException.class, secrets.redact(new IllegalStateException(KEY)));
    assertEquals(
        "java.lang.IllegalStateException: <redacted>",
        secrets.redact(new IllegalStateException(KEY)).toString());
  }

  @Test
  void aCauseCycleEnds() {
    IllegalStateException a = new IllegalStateException(KEY);
    IllegalStateException b = new IllegalStateException("b", a);
    a.initCause(b);

    RuntimeException redacted = secrets.redact(a);

    assertSame(redacted, redacted.getCause().getCause());
  }

  private static InputStream oneByteAtATime(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String printed(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
