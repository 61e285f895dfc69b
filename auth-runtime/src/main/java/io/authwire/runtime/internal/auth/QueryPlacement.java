package io.authwire.runtime.internal.auth;

import static java.util.Objects.requireNonNull;

import feign.Request;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A credential in a query parameter. */
record QueryPlacement(String name) implements Placement {

  QueryPlacement {
    requireNonNull(name, "name");
  }

  @Override
  public Request put(Request request, String value) {
    return append(request, encode(value));
  }

  @Override
  public Request mark(Request request) {
    // Appended as is so that logs read "name=<redacted>", not its percent-encoding.
    return append(request, REDACTED);
  }

  @Override
  public Request remove(Request request) {
    return Requests.withUrl(request, withoutParameter(request.url()));
  }

  private Request append(Request request, String encodedValue) {
    String url = withoutParameter(request.url());
    String separator = url.indexOf('?') < 0 ? "?" : url.endsWith("?") ? "" : "&";
    return Requests.withUrl(request, url + separator + encode(name) + "=" + encodedValue);
  }

  private String withoutParameter(String url) {
    int question = url.indexOf('?');
    if (question < 0) {
      return url;
    }
    String kept =
        Arrays.stream(url.substring(question + 1).split("&"))
            .filter(pair -> !pair.isEmpty() && !name.equals(parameterName(pair)))
            .collect(Collectors.joining("&"));
    return kept.isEmpty() ? url.substring(0, question) : url.substring(0, question + 1) + kept;
  }

  private static String parameterName(String pair) {
    int equals = pair.indexOf('=');
    String encoded = equals < 0 ? pair : pair.substring(0, equals);
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return encoded;
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "query parameter " + name;
  }
}
