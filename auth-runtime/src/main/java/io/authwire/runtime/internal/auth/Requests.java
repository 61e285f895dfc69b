package io.authwire.runtime.internal.auth;

import feign.Request;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Copies of a Feign request with one part changed; Feign's own request is immutable. */
public final class Requests {
  private Requests() {}

  /** A mutable, case-insensitive copy of the request's headers. */
  public static Map<String, Collection<String>> headers(Request request) {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
    return headers;
  }

  public static Request withHeaders(Request request, Map<String, Collection<String>> headers) {
    return Request.create(
        request.httpMethod(),
        request.url(),
        headers,
        request.body(),
        request.charset(),
        request.requestTemplate());
  }

  public static Request withUrl(Request request, String url) {
    return Request.create(
        request.httpMethod(),
        url,
        request.headers(),
        request.body(),
        request.charset(),
        request.requestTemplate());
  }
}
