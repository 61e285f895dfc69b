package io.authwire.runtime.internal.transport;

import feign.Request.Options;
import feign.Response;
import java.util.Optional;

/** Small readings and rewrites of Feign's HTTP types that the client and token endpoint share. */
public final class FeignHttp {
  private FeignHttp() {}

  /** The first value of header {@code name}, matched without regard to case. */
  public static Optional<String> header(Response response, String name) {
    return response.headers().entrySet().stream()
        .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
        .flatMap(entry -> entry.getValue().stream())
        .findFirst();
  }

  /** {@code options} with the same timeouts, but redirects left to the caller. */
  public static Options withoutRedirects(Options options) {
    return new Options(
        options.connectTimeout(),
        options.connectTimeoutUnit(),
        options.readTimeout(),
        options.readTimeoutUnit(),
        false);
  }
}
