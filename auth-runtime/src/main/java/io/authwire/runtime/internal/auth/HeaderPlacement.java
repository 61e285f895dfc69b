package io.authwire.runtime.internal.auth;

import static java.util.Objects.requireNonNull;

import feign.Request;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A credential in a request header. */
record HeaderPlacement(String name) implements Placement {

  HeaderPlacement {
    requireNonNull(name, "name");
  }

  @Override
  public Request put(Request request, String value) {
    Map<String, Collection<String>> headers = Requests.headers(request);
    headers.put(name, List.of(value));
    return Requests.withHeaders(request, headers);
  }

  @Override
  public Request mark(Request request) {
    return put(request, REDACTED);
  }

  @Override
  public Request remove(Request request) {
    Map<String, Collection<String>> headers = Requests.headers(request);
    headers.remove(name);
    return Requests.withHeaders(request, headers);
  }

  @Override
  public String toString() {
    return "header " + name;
  }
}
