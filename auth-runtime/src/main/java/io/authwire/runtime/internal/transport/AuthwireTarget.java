package io.authwire.runtime.internal.transport;

import static java.util.Objects.requireNonNull;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import io.authwire.runtime.internal.auth.Placement;

/**
 * Targets the API's base URL and marks where the credential goes, so that what Feign logs and
 * quotes in exceptions shows {@link Placement#REDACTED}; {@link AuthenticatingClient} puts the real
 * credential in just before sending.
 */
public final class AuthwireTarget<T> implements Target<T> {
  private final Class<T> type;
  private final String url;
  private final Placement placement;

  public AuthwireTarget(Class<T> type, String url, Placement placement) {
    this.type = requireNonNull(type, "type");
    this.url = requireNonNull(url, "url");
    this.placement = requireNonNull(placement, "placement");
  }

  @Override
  public Class<T> type() {
    return type;
  }

  @Override
  public String name() {
    return type.getSimpleName();
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public Request apply(RequestTemplate input) {
    if (input.url().indexOf("http") != 0) {
      input.target(url);
    }
    return placement.mark(SensitiveHeaders.mask(input.request()));
  }

  @Override
  public String toString() {
    return "AuthwireTarget(type=" + type.getSimpleName() + ", url=" + url + ")";
  }
}
