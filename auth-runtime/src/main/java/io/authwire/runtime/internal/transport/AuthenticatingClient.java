package io.authwire.runtime.internal.transport;

import static java.util.Objects.requireNonNull;

import feign.Client;
import feign.Request;
import feign.Request.HttpMethod;
import feign.Request.Options;
import feign.Response;
import io.authwire.runtime.internal.auth.CredentialSource;
import io.authwire.runtime.internal.auth.Placement;
import io.authwire.runtime.internal.auth.Requests;
import io.authwire.runtime.internal.redact.Secrets;
import java.io.IOException;
import java.net.URL;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends each request with its credential, to its origin only, and follows redirects itself, so that
 * the credential stays with the origin it was meant for: the JDK's and most other clients forward
 * custom headers such as {@code X-API-Key} to whatever host a redirect names, and Feign sends a
 * call with a {@code URI} parameter wherever the argument says.
 *
 * <p>A 401 gives the credential source one chance to supply a new credential, and the request, body
 * included, is sent once more; not when the challenge says {@code insufficient_scope}.
 *
 * <p>Every response handed to Feign, whatever its status, and every exception has the credential
 * redacted in every form it can take (see {@link Secrets}); a redirect that is not followed is
 * handed on as it came, redacted.
 */
public final class AuthenticatingClient implements Client {
  private static final int MAX_REDIRECTS = 20;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final Client delegate;
  private final Placement placement;
  private final CredentialSource credentials;
  private final Origin origin;
  private final String variables;

  /** The last credential, by identity, and its forms: an access token's are worked out once. */
  private volatile Known known = new Known(null, Secrets.NONE);

  private record Known(String credential, Secrets secrets) {}

  /**
   * @param origin the only origin the credential is sent to: the base URL's
   * @param variables the variables the credential comes from, for messages
   */
  public AuthenticatingClient(
      Client delegate,
      Placement placement,
      CredentialSource credentials,
      Origin origin,
      String variables) {
    this.delegate = requireNonNull(delegate, "delegate");
    this.placement = requireNonNull(placement, "placement");
    this.credentials = requireNonNull(credentials, "credentials");
    this.origin = requireNonNull(origin, "origin");
    this.variables = requireNonNull(variables, "variables");
  }

  @Override
  public Response execute(Request request, Options options) throws IOException {
    Request current = SensitiveHeaders.restore(placement.remove(request));
    Secrets callers = Secrets.of(SensitiveHeaders.values(current));
    Options withoutRedirects = FeignHttp.withoutRedirects(options);
    String credential = credentials.credential(options);
    boolean retried = false;
    for (int redirects = 0; ; ) {
      Secrets secrets = secretsOf(credential).and(callers);
      boolean sameOrigin = HttpUrls.origin(current.url()).filter(origin::equals).isPresent();
      Request sent =
          sameOrigin
              ? placement.put(current, credential)
              : SensitiveHeaders.strip(placement.remove(current));
      Response response = send(sent, withoutRedirects, secrets);
      boolean retry;
      Optional<Request> next = Optional.empty();
      try {
        retry =
            response.status() == 401
                && sameOrigin
                && !retried
                && !insufficientScope(response)
                && credentials.rejected(credential);
        if (!retry && options.isFollowRedirects() && redirects < MAX_REDIRECTS) {
          next = redirect(current, response);
        }
        if (!retry && next.isEmpty()) {
          return secrets.redact(response);
        }
      } catch (RuntimeException | Error e) {
        response.close();
        throw e;
      }
      response.close();
      if (retry) {
        retried = true;
        credential = credentials.credential(options);
      } else {
        current = next.get();
        redirects++;
      }
    }
  }

  private Secrets secretsOf(String credential) {
    Known last = known;
    if (last.credential() != credential) {
      last = new Known(credential, Secrets.of(credential));
      known = last;
    }
    return last.secrets();
  }

  private Response send(Request request, Options options, Secrets secrets) throws IOException {
    try {
      return delegate.execute(request, options);
    } catch (IOException e) {
      throw secrets.redact(e);
    } catch (RuntimeException e) {
      throw secrets.redact(e);
    } catch (Error e) {
      throw secrets.redact(e);
    }
  }

  /**
   * The request a redirect asks for, unless it must not be followed: not a redirect, no {@code
   * Location} or one that names no URL even read leniently, not http(s), or https to http.
   */
  private static Optional<Request> redirect(Request current, Response response) {
    if (!REDIRECTS.contains(response.status())) {
      return Optional.empty();
    }
    Optional<URL> from = HttpUrls.parse(current.url());
    Optional<URL> to =
        FeignHttp.header(response, "Location")
            .flatMap(location -> from.flatMap(base -> HttpUrls.resolve(base, location)));
    if (to.isEmpty()
        || !Origin.of(to.get()).isHttpOrHttps()
        || Origin.of(from.get()).isHttps() && !Origin.of(to.get()).isHttps()) {
      return Optional.empty();
    }
    boolean becomesGet =
        response.status() == 303
            || (response.status() <= 302
                && current.httpMethod() != HttpMethod.GET
                && current.httpMethod() != HttpMethod.HEAD);
    Request moved = Requests.withUrl(current, to.get().toString());
    if (!becomesGet) {
      return Optional.of(moved);
    }
    Map<String, Collection<String>> headers = Requests.headers(moved);
    headers.remove("Content-Type");
    headers.remove("Content-Length");
    return Optional.of(
        Request.create(
            HttpMethod.GET, moved.url(), headers, null, moved.charset(), moved.requestTemplate()));
  }

  /** A new token has the same scopes, so a 401 for lacking one is not worth a refresh. */
  private static boolean insufficientScope(Response response) {
    return FeignHttp.header(response, "WWW-Authenticate")
        .map(challenge -> challenge.toLowerCase(Locale.ROOT).contains("insufficient_scope"))
        .orElse(false);
  }
}
