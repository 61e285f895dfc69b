package io.authwire.runtime.transport;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Scheme, host and port of a URL (RFC 6454): credentials stay within one. */
public record Origin(String scheme, String host, int port) {
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

  public static Origin of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
    return new Origin(scheme, host, port);
  }

  public boolean isHttps() {
    return "https".equals(scheme);
  }

  /** Whether the host is this machine: {@code localhost}, 127.0.0.0/8 or ::1, by name only. */
  public boolean isLoopback() {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return bare.equals("localhost")
        || bare.endsWith(".localhost")
        || IPV4_LOOPBACK.matcher(bare).matches()
        || bare.equals("::1")
        || bare.equals("0:0:0:0:0:0:0:1");
  }
}
