package io.authwire.runtime.internal.transport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Optional;

/**
 * The one URL parser of configuration checks, origins and redirects. It reads URLs as leniently as
 * {@link java.net.HttpURLConnection} does (a host such as {@code billing_api}, a space in a
 * redirect's path) and writes them back with every character a URI cannot hold in the path, query
 * or fragment percent-encoded, so that Feign and stricter clients can send them.
 */
public final class HttpUrls {
  /** What {@link java.net.URI} allows in a path, query or fragment, besides letters and digits. */
  private static final String ALLOWED = "-_.!~*'(),;:$&+=/?@";

  private static final int MAX_PORT = 65_535;

  private HttpUrls() {}

  /** The absolute URL {@code url}, or empty when even a lenient reading finds none. */
  public static Optional<URL> parse(String url) {
    return resolve(null, url);
  }

  /**
   * {@code reference}, such as a {@code Location}, resolved against {@code base} the way {@link
   * java.net.HttpURLConnection} resolves one; empty when it names no URL.
   */
  public static Optional<URL> resolve(URL base, String reference) {
    try {
      URL url = new URL(normalized(new URL(base, reference)));
      url.toURI();
      // URL reads any port number; one no socket can have would fail only when connecting.
      return url.getPort() > MAX_PORT ? Optional.empty() : Optional.of(url);
    } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The origin of {@code url}, read as leniently as {@link #parse} reads it. */
  public static Optional<Origin> origin(String url) {
    try {
      return Optional.of(Origin.of(new URL(url)));
    } catch (MalformedURLException e) {
      return Optional.empty();
    }
  }

  private static String normalized(URL url) {
    StringBuilder text = new StringBuilder(url.getProtocol()).append(':');
    if (url.getAuthority() != null) {
      text.append("//").append(url.getAuthority());
    }
    text.append(encoded(url.getPath()));
    if (url.getQuery() != null) {
      text.append('?').append(encoded(url.getQuery()));
    }
    if (url.getRef() != null) {
      text.append('#').append(encoded(url.getRef()));
    }
    return text.toString();
  }

  /** {@code part} with what a URI cannot hold percent-encoded as UTF-8; valid escapes are kept. */
  private static String encoded(String part) {
    StringBuilder encoded = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i = part.offsetByCodePoints(i, 1)) {
      int c = part.codePointAt(i);
      boolean allowed =
          Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0 || isEscape(part, i);
      if (c < 0x80 && allowed) {
        encoded.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(UTF_8)) {
          encoded.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    }
    return encoded.toString();
  }

  private static boolean isEscape(String part, int at) {
    return part.charAt(at) == '%'
        && at + 2 < part.length()
        && Character.digit(part.charAt(at + 1), 16) >= 0
        && Character.digit(part.charAt(at + 2), 16) >= 0;
  }
}
