package io.authwire.runtime.internal.env;

import io.authwire.runtime.internal.transport.HttpUrls;
import io.authwire.runtime.internal.transport.Origin;
import io.authwire.runtime.internal.transport.TransportPolicy;
import java.net.URL;
import java.util.Optional;

/** Checks URLs read from variables, recording problems under the variable's name. */
public final class Urls {
  private Urls() {}

  /**
   * The URL in {@code variable}, or else the one the annotation declares; empty after recording
   * {@code variable} as missing, when neither is set, or as invalid.
   */
  public static Optional<String> read(
      VariableReader reader, TransportPolicy policy, String variable, String declared) {
    Optional<String> value =
        reader.optional(variable).or(() -> Optional.of(declared).filter(url -> !url.isEmpty()));
    if (value.isEmpty()) {
      reader.missing(variable);
      return Optional.empty();
    }
    return check(reader, policy, variable, value.get());
  }

  /**
   * The URL in {@code value}, or empty after recording why {@code name} cannot be used: it must be
   * an absolute http(s) URL without user info, and credentials may travel to it. It is read as
   * leniently as {@link java.net.HttpURLConnection} reads it ({@link HttpUrls}).
   */
  public static Optional<String> check(
      VariableReader reader, TransportPolicy policy, String name, String value) {
    reader.refuseControlCharacters(name, value);
    Optional<URL> parsed = HttpUrls.parse(value);
    if (parsed.isEmpty()) {
      reader.invalid(name, "is not a URL");
      return Optional.empty();
    }
    URL url = parsed.get();
    Origin origin = Origin.of(url);
    if (!origin.isHttpOrHttps() || origin.host().isEmpty()) {
      reader.invalid(name, "is not an absolute http:// or https:// URL");
      return Optional.empty();
    }
    if (url.getUserInfo() != null) {
      reader.invalid(name, "must not contain user info: credentials belong in their own variables");
      return Optional.empty();
    }
    if (!policy.permits(origin)) {
      reader.invalid(
          name,
          "uses plain http to a host that is not loopback: use https, or call"
              + " allowInsecureHttp() on the client's builder if this network is trusted");
      return Optional.empty();
    }
    String checked = url.toString();
    return Optional.of(
        checked.endsWith("/") ? checked.substring(0, checked.length() - 1) : checked);
  }
}
