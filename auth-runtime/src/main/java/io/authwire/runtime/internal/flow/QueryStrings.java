package io.authwire.runtime.internal.flow;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query strings of authorization requests and of the redirects that answer them. */
public final class QueryStrings {
  private QueryStrings() {}

  /** {@code url} with {@code parameters} appended, each form-encoded. */
  public static String append(String url, Map<String, String> parameters) {
    StringBuilder out = new StringBuilder(url);
    char separator = url.indexOf('?') < 0 ? '?' : url.endsWith("?") || url.endsWith("&") ? 0 : '&';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      if (separator != 0) {
        out.append(separator);
      }
      out.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
      separator = '&';
    }
    return out.toString();
  }

  /** The parameters of a raw query string; the first of a repeated name wins. */
  public static Map<String, String> parse(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), UTF_8);
        parameters.putIfAbsent(name, value);
      } catch (IllegalArgumentException malformed) {
        // A malformed pair is no parameter.
      }
    }
    return parameters;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, UTF_8).replace("+", "%20");
  }
}
