package io.authwire.runtime.internal.redact;

import static java.nio.charset.StandardCharsets.UTF_8;

import feign.Response;
import io.authwire.runtime.internal.auth.Placement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every form of the credentials a client holds, and the one place that blots them out of what
 * Authwire shows or hands on: text, the headers and body of a response, a throwable's chain.
 *
 * <p>The forms are worked out once, when the instance is made: the value, the token of {@code
 * Scheme token}, the password inside {@code Basic}, each raw, URL-encoded and JSON-escaped (see
 * {@link #of(Collection)}). Matching is exact, left to right, longest form first; each match
 * becomes {@link Placement#REDACTED}.
 */
public final class Secrets {
  /** No credential: redacts nothing and costs nothing. */
  public static final Secrets NONE = new Secrets(Set.of());

  private static final byte[] REDACTED = Placement.REDACTED.getBytes(UTF_8);

  /** For a quick look whether a text needs redacting at all. */
  private final List<String> forms;

  /** The forms as UTF-8, indexed by their first byte, longest first; {@code null} for none. */
  private final byte[][][] byFirstByte = new byte[256][][];

  private final int longest;

  private Secrets(Set<String> forms) {
    this.forms = List.copyOf(forms);
    List<byte[]> encoded =
        forms.stream()
            .map(form -> form.getBytes(UTF_8))
            .sorted(Comparator.comparingInt((byte[] bytes) -> bytes.length).reversed())
            .toList();
    for (byte[] bytes : encoded) {
      int first = bytes[0] & 0xff;
      byte[][] same = byFirstByte[first] == null ? new byte[0][] : byFirstByte[first];
      byFirstByte[first] = Arrays.copyOf(same, same.length + 1);
      byFirstByte[first][same.length] = bytes;
    }
    this.longest = encoded.isEmpty() ? 0 : encoded.get(0).length;
  }

  /**
   * The forms of {@code values}: each value; for {@code Scheme token} (an {@code Authorization}
   * value) also the token, and for {@code Basic} the password it encodes; each of them raw,
   * URL-encoded with {@code +} or {@code %20} for a space and upper or lower hex, and JSON-escaped
   * with or without {@code \/} and <code>&#92;uXXXX</code> in either case. {@code null} and empty
   * values are skipped.
   */
  public static Secrets of(Collection<String> values) {
    Set<String> forms = new LinkedHashSet<>();
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        forms.addAll(Forms.of(value));
      }
    }
    return forms.isEmpty() ? NONE : new Secrets(forms);
  }

  public static Secrets of(String... values) {
    return of(Arrays.asList(values));
  }

  /** The forms of both. */
  public Secrets and(Secrets other) {
    if (other.forms.isEmpty()) {
      return this;
    }
    if (forms.isEmpty()) {
      return other;
    }
    Set<String> union = new LinkedHashSet<>(forms);
    union.addAll(other.forms);
    return new Secrets(union);
  }

  /** {@code text} with every form redacted; {@code text} itself when it holds none. */
  public String redact(String text) {
    if (text == null || !containsAny(text)) {
      return text;
    }
    byte[] bytes = text.getBytes(UTF_8);
    Buffer redacted = new Buffer();
    redact(bytes, 0, bytes.length, bytes.length, redacted);
    return redacted.toString(UTF_8);
  }

  /**
   * {@code response} with every form redacted from its reason, headers and body, whatever its
   * status. The body is redacted as it is read, and its length becomes unknown: a length the server
   * announced says nothing of what a chunked or compressed body holds.
   */
  public Response redact(Response response) {
    if (forms.isEmpty()) {
      return response;
    }
    Map<String, Collection<String>> headers = redact(response.headers());
    String reason = redact(response.reason());
    if (response.body() == null && headers == response.headers() && reason == response.reason()) {
      return response;
    }
    Response.Builder redacted = response.toBuilder().headers(headers).reason(reason);
    return response.body() == null
        ? redacted.build()
        : redacted.body(new RedactedBody(response.body())).build();
  }

  /**
   * {@code thrown} itself when no message in its chain (causes and suppressed included) holds a
   * form; else a copy of the chain with every message redacted, whose class names and stack traces
   * are the originals'.
   */
  public Throwable redact(Throwable thrown) {
    return leaks(thrown, new IdentityHashMap<>()) ? copy(thrown, new IdentityHashMap<>()) : thrown;
  }

  /** As {@link #redact(Throwable)}; the copy of an {@code IOException} is one. */
  public IOException redact(IOException thrown) {
    return (IOException) redact((Throwable) thrown);
  }

  /** As {@link #redact(Throwable)}; the copy of a {@code RuntimeException} is one. */
  public RuntimeException redact(RuntimeException thrown) {
    return (RuntimeException) redact((Throwable) thrown);
  }

  /** As {@link #redact(Throwable)}; the copy of an {@code Error} is one. */
  public Error redact(Error thrown) {
    return (Error) redact((Throwable) thrown);
  }

  private boolean containsAny(String text) {
    for (String form : forms) {
      if (text.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /** {@code headers} itself when no name or value holds a form, so a clean one costs no copy. */
  private Map<String, Collection<String>> redact(Map<String, Collection<String>> headers) {
    boolean clean = true;
    for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
      clean &= header.getKey() == null || !containsAny(header.getKey());
      for (String value : header.getValue()) {
        clean &= value == null || !containsAny(value);
      }
    }
    if (clean) {
      return headers;
    }
    Map<String, Collection<String>> redacted = new LinkedHashMap<>();
    headers.forEach(
        (name, values) -> redacted.put(redact(name), values.stream().map(this::redact).toList()));
    return redacted;
  }

  private boolean leaks(Throwable thrown, Map<Throwable, Boolean> seen) {
    if (thrown == null || seen.put(thrown, true) != null) {
      return false;
    }
    String message = thrown.getLocalizedMessage();
    return (message != null && containsAny(message))
        || leaks(thrown.getCause(), seen)
        || Arrays.stream(thrown.getSuppressed()).anyMatch(suppressed -> leaks(suppressed, seen));
  }

  private Throwable copy(Throwable thrown, Map<Throwable, Throwable> copies) {
    Throwable done = copies.get(thrown);
    if (done != null) {
      return done;
    }
    Throwable copy = RedactedCopy.of(thrown, redact(thrown.getLocalizedMessage()));
    copies.put(thrown, copy);
    if (thrown.getCause() != null) {
      copy.initCause(copy(thrown.getCause(), copies));
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      copy.addSuppressed(copy(suppressed, copies));
    }
    return copy;
  }

  int longest() {
    return longest;
  }

  /**
   * Writes {@code in[from, end)} to {@code out} with every form redacted, trying forms only at
   * positions before {@code limit}, and returns where it stopped: {@code limit}, or past a form
   * that crosses it. Positions from {@code end - longest() + 1} on can be decided only at the end
   * of the input.
   */
  int redact(byte[] in, int from, int limit, int end, Buffer out) {
    int plain = from;
    int at = from;
    while (at < limit) {
      int matched = match(in, at, end);
      if (matched == 0) {
        at++;
      } else {
        out.write(in, plain, at - plain);
        out.write(REDACTED, 0, REDACTED.length);
        at += matched;
        plain = at;
      }
    }
    out.write(in, plain, at - plain);
    return at;
  }

  private int match(byte[] in, int at, int end) {
    byte[][] candidates = byFirstByte[in[at] & 0xff];
    if (candidates != null) {
      for (byte[] form : candidates) {
        if (form.length <= end - at
            && Arrays.equals(in, at, at + form.length, form, 0, form.length)) {
          return form.length;
        }
      }
    }
    return 0;
  }

  /** A byte buffer whose contents can be read without a copy. */
  static final class Buffer extends ByteArrayOutputStream {
    byte[] array() {
      return buf;
    }
  }

  /** A body redacted as it is read; repeatable when the original is. */
  private final class RedactedBody implements Response.Body {
    private final Response.Body body;

    RedactedBody(Response.Body body) {
      this.body = body;
    }

    @Override
    public Integer length() {
      return null;
    }

    @Override
    public boolean isRepeatable() {
      return body.isRepeatable();
    }

    @Override
    public InputStream asInputStream() throws IOException {
      Integer length = body.length();
      return new RedactingInputStream(
          body.asInputStream(), Secrets.this, length == null ? -1 : length);
    }

    @Override
    public Reader asReader(Charset charset) throws IOException {
      return new InputStreamReader(asInputStream(), charset);
    }

    @Override
    public void close() throws IOException {
      body.close();
    }
  }
}
