package io.authwire.runtime.internal.transport;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Scheme, host and port of a URL (RFC 6454): credentials stay within one. */
public record Origin(String scheme, String host, int port) {
  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\." + OCTET + "){3}");

  public static Origin of(URL url) {
    int port = url.getPort() != -1 ? url.getPort() : url.getDefaultPort();
    return new Origin(
        url.getProtocol().toLowerCase(Locale.ROOT), url.getHost().toLowerCase(Locale.ROOT), port);
  }

  public boolean isHttps() {
    return "https".equals(scheme);
  }

  public boolean isHttpOrHttps() {
    return "http".equals(scheme) || isHttps();
  }

  /**
   * Whether the host is this machine: {@code localhost}, 127.0.0.0/8 in dotted decimal, or ::1 in
   * any spelling; by name only, nothing is looked up.
   */
  public boolean isLoopback() {
    return host.equals("localhost") || IPV4_LOOPBACK.matcher(host).matches() || isIpv6Loopback();
  }

  private boolean isIpv6Loopback() {
    if (!host.startsWith("[")) {
      return false;
    }
    try {
      // A bracketed literal is parsed, never looked up; ::ffff:127.0.0.1 comes back as IPv4.
      InetAddress address = InetAddress.getByName(host);
      return address instanceof Inet6Address && address.isLoopbackAddress();
    } catch (UnknownHostException notALiteral) {
      return false;
    }
  }
}
