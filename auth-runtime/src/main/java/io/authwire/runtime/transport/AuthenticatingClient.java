package io.authwire.runtime.transport;

import static java.util.Objects.requireNonNull;

import feign.Client;
import feign.Request;
import feign.Request.HttpMethod;
import feign.Request.Options;
import feign.Response;
import io.authwire.runtime.auth.CredentialSource;
import io.authwire.runtime.auth.Placement;
import io.authwire.runtime.auth.Requests;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends each request with its credential and follows redirects itself, so that the credential
 * stays with the origin it was meant for: the JDK's and most other clients forward custom headers
 * such as {@code X-API-Key} to whatever host a redirect names.
 *
 * <p>A 401 gives the credential source one chance to supply a new credential, and the request,
 * body included, is sent once more; not when the challenge says {@code insufficient_scope}.
 */
public final class AuthenticatingClient implements Client {
  private static final int MAX_REDIRECTS = 20;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final Client delegate;
  private final Placement placement;
  private final CredentialSource credentials;
  private final TransportPolicy policy;
  private final String variables;

  /**
   * @param variables the variables the credential comes from, for messages
   */
  public AuthenticatingClient(
      Client delegate,
      Placement placement,
      CredentialSource credentials,
      TransportPolicy policy,
      String variables) {
    this.delegate = requireNonNull(delegate, "delegate");
    this.placement = requireNonNull(placement, "placement");
    this.credentials = requireNonNull(credentials, "credentials");
    this.policy = requireNonNull(policy, "policy");
    this.variables = requireNonNull(variables, "variables");
  }

  @Override
  public Response execute(Request request, Options options) throws IOException {
    Request current = SensitiveHeaders.restore(placement.remove(request));
    Origin credentialOrigin = Origin.of(URI.create(current.url()));
    policy.check(credentialOrigin, variables);
    Options withoutRedirects = FeignHttp.withoutRedirects(options);
    String credential = credentials.credential();
    boolean retried = false;
    for (int redirects = 0; ; ) {
      boolean sameOrigin = Origin.of(URI.create(current.url())).equals(credentialOrigin);
      Request sent =
          sameOrigin ? placement.put(current, credential) : SensitiveHeaders.strip(current);
      Response response = send(sent, withoutRedirects, credential);
      if (response.status() == 401
          && sameOrigin
          && !retried
          && !insufficientScope(response)
          && credentials.rejected(credential)) {
        response.close();
        retried = true;
        credential = credentials.credential();
        continue;
      }
      Optional<Request> next =
          options.isFollowRedirects() && redirects < MAX_REDIRECTS
              ? redirect(current, sent, response)
              : Optional.empty();
      if (next.isEmpty()) {
        return response;
      }
      response.close();
      current = next.get();
      redirects++;
    }
  }

  private Response send(Request request, Options options, String credential) throws IOException {
    try {
      return redactErrorBody(delegate.execute(request, options), credential);
    } catch (IOException e) {
      String message = Redactor.redact(e.getMessage(), credential);
      if (message == null || message.equals(e.getMessage())) {
        throw e;
      }
      // The cause would repeat the credential; its type and trace carry over.
      IOException redacted = new IOException(e.getClass().getName() + ": " + message);
      redacted.setStackTrace(e.getStackTrace());
      throw redacted;
    }
  }

  /**
   * Feign quotes error bodies in its exceptions, and some APIs echo the key they refuse; such a
   * body is read (Feign reads it whole anyway) and the credential blotted out.
   */
  private static Response redactErrorBody(Response response, String credential)
      throws IOException {
    if (response.status() < 400 || response.body() == null) {
      return response;
    }
    byte[] body;
    try (InputStream in = response.body().asInputStream()) {
      body = in.readAllBytes();
    }
    // Latin-1 maps every byte to one char and back, so nothing but the credential changes.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String echoed = new String(credential.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    String redacted = Redactor.redact(text, echoed);
    return response.toBuilder().body(redacted.getBytes(StandardCharsets.ISO_8859_1)).build();
  }

  /** The request a redirect asks for, unless it must not be followed. */
  private static Optional<Request> redirect(Request current, Request sent, Response response) {
    if (!REDIRECTS.contains(response.status())) {
      return Optional.empty();
    }
    Optional<String> location = FeignHttp.header(response, "Location");
    if (location.isEmpty()) {
      return Optional.empty();
    }
    URI target = URI.create(sent.url()).resolve(location.get());
    Origin from = Origin.of(URI.create(sent.url()));
    Origin to = Origin.of(target);
    if (!to.scheme().equals("http") && !to.scheme().equals("https")
        || from.isHttps() && !to.isHttps()) {
      return Optional.empty();
    }
    boolean becomesGet =
        response.status() == 303
            || (response.status() <= 302 && current.httpMethod() != HttpMethod.GET
                && current.httpMethod() != HttpMethod.HEAD);
    Request moved = Requests.withUrl(current, target.toString());
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
