package io.authwire.runtime.internal.transport;

import feign.Request;
import feign.RequestTemplate;
import io.authwire.runtime.internal.auth.Placement;
import io.authwire.runtime.internal.auth.Requests;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Headers that carry credentials whoever set them. Feign logs and quotes the request it hands to
 * the client, so that request carries {@link Placement#REDACTED}; the client takes the real values
 * back from the request's template just before sending.
 */
final class SensitiveHeaders {
  private static final List<String> NAMES = List.of("Authorization", "Proxy-Authorization");
  private static final List<String> CROSS_ORIGIN_UNSAFE =
      List.of("Authorization", "Proxy-Authorization", "Cookie");

  private SensitiveHeaders() {}

  static Request mask(Request request) {
    if (!carriesAny(request)) {
      return request;
    }
    Map<String, Collection<String>> headers = Requests.headers(request);
    boolean changed = false;
    for (String name : NAMES) {
      if (headers.containsKey(name)) {
        headers.put(name, List.of(Placement.REDACTED));
        changed = true;
      }
    }
    return changed ? Requests.withHeaders(request, headers) : request;
  }

  static Request restore(Request request) {
    RequestTemplate template = request.requestTemplate();
    if (template == null || !carriesAny(request)) {
      return request;
    }
    Map<String, Collection<String>> original = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    original.putAll(template.headers());
    Map<String, Collection<String>> headers = Requests.headers(request);
    boolean changed = false;
    for (String name : NAMES) {
      if (original.containsKey(name)
          && headers.getOrDefault(name, List.of()).contains(Placement.REDACTED)) {
        headers.put(name, original.get(name));
        changed = true;
      }
    }
    return changed ? Requests.withHeaders(request, headers) : request;
  }

  /** The values of these headers in {@code request}, so that an echo of them is redacted too. */
  static List<String> values(Request request) {
    if (!carriesAny(request)) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    request
        .headers()
        .forEach(
            (name, sent) -> {
              if (NAMES.stream().anyMatch(name::equalsIgnoreCase)) {
                sent.stream()
                    .filter(value -> !Placement.REDACTED.equals(value))
                    .forEach(values::add);
              }
            });
    return values;
  }

  /** Most requests carry none, and are sent without copying their headers. */
  private static boolean carriesAny(Request request) {
    return request.headers().keySet().stream()
        .anyMatch(header -> NAMES.stream().anyMatch(header::equalsIgnoreCase));
  }

  /** The request without anything that identifies the caller, for another origin. */
  static Request strip(Request request) {
    Map<String, Collection<String>> headers = Requests.headers(request);
    CROSS_ORIGIN_UNSAFE.forEach(headers::remove);
    return Requests.withHeaders(request, headers);
  }
}
