package io.authwire.runtime.internal.token;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.Request;
import feign.Request.HttpMethod;
import feign.Request.Options;
import feign.Response;
import io.authwire.ClientAuth;
import io.authwire.runtime.internal.redact.Quotes;
import io.authwire.runtime.internal.redact.Secrets;
import io.authwire.runtime.internal.token.TokenFailure.Check;
import io.authwire.runtime.internal.transport.DefaultClient;
import io.authwire.runtime.internal.transport.DefaultClient.Cutoff;
import io.authwire.runtime.internal.transport.FeignHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Asks a token endpoint for tokens: with the client credentials grant for {@link #fetch}, or with
 * any {@link Grant} for {@link #exchange}. The client authenticates with {@code
 * client_secret_basic} or {@code client_secret_post}; a client without a secret (a public client,
 * RFC 6749 §2.1) sends its {@code client_id} alone. Redirects are not followed, the request as a
 * whole has a deadline, and nothing the endpoint says is quoted without every secret of the client
 * and the grant blotted out.
 */
public final class TokenEndpoint implements TokenSource {
  static final int MAX_BODY_BYTES = 1024 * 1024;

  /** What a timeout of 0, none to Feign, counts as in a token request's time limit. */
  static final Duration UNSET_TIMEOUT = Duration.ofSeconds(10);

  static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(3600);
  static final Duration MIN_LIFETIME = Duration.ofSeconds(1);
  static final Duration MAX_LIFETIME = Duration.ofDays(1);

  /** How much of a text the endpoint sent, such as {@code error_description}, a message quotes. */
  static final int MAX_QUOTED_CHARS = Quotes.MAX_QUOTED_CHARS;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Client client;
  private final TokenRequest request;
  private final Clock clock;
  private final Ticker ticker;
  private final Secrets secrets;

  /**
   * @param clock the wall clock, for {@code Retry-After} dates only
   * @param ticker times the request and the token's lifetime
   */
  public TokenEndpoint(Client client, TokenRequest request, Clock clock, Ticker ticker) {
    this.client = requireNonNull(client, "client");
    this.request = requireNonNull(request, "request");
    this.clock = requireNonNull(clock, "clock");
    this.ticker = requireNonNull(ticker, "ticker");
    this.secrets =
        request.clientSecret().isEmpty()
            ? Secrets.NONE
            : Secrets.of(request.clientSecret(), basicAuthorization());
  }

  @Override
  public TokenRequest request() {
    return request;
  }

  /** Every form of the client's secret, for whatever else is about to be shown. */
  @Override
  public Secrets secrets() {
    return secrets;
  }

  /**
   * How long one token request may take as a whole: the connect timeout plus the read timeout. A
   * server that trickles its answer a byte at a time resets the read timeout with every byte.
   */
  public static Duration timeLimit(Options options) {
    return bounded(options.connectTimeoutMillis()).plus(bounded(options.readTimeoutMillis()));
  }

  /** A timeout of 0 means none to Feign; a token request still gets an end. */
  private static Duration bounded(int timeoutMillis) {
    return timeoutMillis > 0 ? Duration.ofMillis(timeoutMillis) : UNSET_TIMEOUT;
  }

  /**
   * Fetches a new token with the client credentials grant and the timeouts of {@code options}. A
   * failure of the request or of the answer is a {@link TokenFailure} that says why; anything the
   * user's client throws comes as it is, for the cache to redact.
   */
  @Override
  public AccessToken fetch(Options options) {
    return exchange(options, Grant.clientCredentials(request.scopes())).asAccessToken();
  }

  /**
   * Asks for tokens with {@code grant}, within the timeouts of {@code options}; fails as {@link
   * #fetch} does, with the grant's secrets redacted too.
   */
  public IssuedTokens exchange(Options options, Grant grant) {
    return new Exchange(grant).send(options);
  }

  /** One token request: what it sends, and what may be quoted of the answer. */
  private final class Exchange {
    private final Grant grant;
    private final Secrets secrets;

    Exchange(Grant grant) {
      this.grant = grant;
      this.secrets = TokenEndpoint.this.secrets.and(grant.secrets());
    }

    IssuedTokens send(Options options) {
      long issuedAt = ticker.nanos();
      Duration limit = timeLimit(options);
      try (Cutoff cutoff = DefaultClient.cutoff(limit)) {
        try (Response response =
            DefaultClient.execute(
                client, httpRequest(), FeignHttp.withoutRedirects(options), cutoff)) {
          return read(response, issuedAt, issuedAt + limit.toNanos(), limit);
        } catch (IOException e) {
          throw cutoff.expired() ? timedOut(slow(limit)) : unreachable(e);
        } catch (TokenFailure e) {
          throw e;
        } catch (RuntimeException e) {
          // The user's client may echo the request, and the grant's secrets with it.
          throw grant.secrets().redact(e);
        } catch (Error e) {
          throw grant.secrets().redact(e);
        }
      }
    }

    private TokenFailure unreachable(IOException e) {
      if (e instanceof SocketTimeoutException) {
        return timedOut(quoted(e.getMessage()));
      }
      return failure(
          "could not be reached ("
              + e.getClass().getSimpleName()
              + ": "
              + quoted(e.getMessage())
              + ")",
          null,
          -1,
          null,
          Check.TOKEN_URL);
    }

    private TokenFailure timedOut(String detail) {
      return failure("timed out (" + detail + ")", null, -1, null, Check.TOKEN_URL);
    }

    private Request httpRequest() {
      Map<String, Collection<String>> headers = new LinkedHashMap<>();
      headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
      headers.put("Accept", List.of("application/json"));
      StringBuilder form = new StringBuilder();
      grant
          .parameters()
          .forEach(
              (name, value) ->
                  form.append(form.length() == 0 ? "" : "&")
                      .append(name)
                      .append('=')
                      .append(encode(value)));
      if (request.clientSecret().isEmpty()) {
        form.append("&client_id=").append(encode(request.clientId()));
      } else if (request.clientAuth() == ClientAuth.CLIENT_SECRET_BASIC) {
        headers.put("Authorization", List.of(basicAuthorization()));
      } else {
        form.append("&client_id=").append(encode(request.clientId()));
        form.append("&client_secret=").append(encode(request.clientSecret()));
      }
      return Request.create(
          HttpMethod.POST,
          request.tokenUrl(),
          headers,
          form.toString().getBytes(UTF_8),
          UTF_8,
          null);
    }

    private IssuedTokens read(Response response, long issuedAt, long deadline, Duration limit)
        throws IOException {
      int status = response.status();
      if (status >= 300 && status < 400) {
        throw failure(
            "answered "
                + status
                + " with a redirect, which is not followed: the token URL must"
                + " name the endpoint itself",
            null,
            status,
            null,
            Check.TOKEN_URL);
      }
      byte[] body = body(response, status, deadline, limit);
      JsonNode json = parse(body);
      if (status == 200) {
        if (json == null || !json.isObject()) {
          throw failure(
              "answered 200 with a body that is not a JSON object" + contentType(response),
              null,
              status,
              null,
              Check.TOKEN_URL);
        }
        return token(json, issuedAt, status);
      }
      Duration retryAfter = retryAfter(response);
      if (json != null && json.hasNonNull("error") && json.get("error").isTextual()) {
        String error = quoted(json.get("error").asText());
        String description =
            json.hasNonNull("error_description")
                ? ": " + quoted(json.get("error_description").asText())
                : "";
        throw failure(
            "answered " + status + " with error " + error + description,
            error,
            status,
            retryAfter,
            checksFor(error));
      }
      throw failure(
          "answered " + status + contentType(response), null, status, retryAfter, Check.TOKEN_URL);
    }

    private IssuedTokens token(JsonNode json, long issuedAt, int status) {
      JsonNode accessToken = json.get("access_token");
      if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
        throw failure("answered without an access_token", null, status, null, Check.TOKEN_URL);
      }
      String value = accessToken.asText();
      if (value.chars().anyMatch(c -> c < 0x20 || c >= 0x7f)) {
        throw failure(
            "issued an access_token with characters a header cannot carry",
            null,
            status,
            null,
            Check.TOKEN_URL);
      }
      JsonNode tokenType = json.get("token_type");
      if (tokenType != null && !tokenType.asText().equalsIgnoreCase("Bearer")) {
        throw failure(
            "issued a token of type \""
                + quoted(tokenType.asText())
                + "\"; only Bearer tokens are supported",
            null,
            status,
            null,
            Check.TOKEN_URL);
      }
      return new IssuedTokens(
          value,
          text(json.get("refresh_token")),
          lifetime(json.get("expires_in")),
          text(json.get("scope")),
          issuedAt);
    }

    /** The body, read until it ends, grows too large, or the request's time is up. */
    private byte[] body(Response response, int status, long deadline, Duration limit)
        throws IOException {
      if (response.body() == null) {
        return new byte[0];
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      try (InputStream in = response.body().asInputStream()) {
        for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
          if (ticker.nanos() - deadline > 0) {
            throw new SocketTimeoutException(slow(limit));
          }
          body.write(chunk, 0, n);
          if (body.size() > MAX_BODY_BYTES) {
            throw failure(
                "answered " + status + " with a body over " + MAX_BODY_BYTES + " bytes",
                null,
                status,
                null,
                Check.TOKEN_URL);
          }
        }
      }
      return body.toByteArray();
    }

    private String contentType(Response response) {
      return FeignHttp.header(response, "Content-Type")
          .map(type -> " (Content-Type " + quoted(type) + ")")
          .orElse("");
    }

    /** {@code Retry-After} as seconds or an HTTP date (RFC 9110 §10.2.3), if present and sane. */
    private Duration retryAfter(Response response) {
      String value = FeignHttp.header(response, "Retry-After").orElse(null);
      if (value == null) {
        return null;
      }
      try {
        return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
      } catch (NumberFormatException notSeconds) {
        try {
          Instant at =
              ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
          Duration wait = Duration.between(clock.instant(), at);
          return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException notDate) {
          return null;
        }
      }
    }

    private TokenFailure failure(
        String what, String error, int status, Duration retryAfter, Check check) {
      return failure(what, error, status, retryAfter, List.of(check));
    }

    private TokenFailure failure(
        String what, String error, int status, Duration retryAfter, List<Check> checks) {
      return new TokenFailure(request, what, error, status, retryAfter, checks);
    }

    /** {@code text} from the endpoint or the user's client, fit to quote: see {@link Quotes}. */
    private String quoted(String text) {
      return Quotes.quoted(text, secrets);
    }
  }

  private static String slow(Duration limit) {
    return "no complete answer within " + limit.toMillis() + " ms, the connect plus read timeout";
  }

  /** RFC 6749 §2.3.1: id and secret are form-encoded before Base64. */
  private String basicAuthorization() {
    String pair = encode(request.clientId()) + ":" + encode(request.clientSecret());
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(UTF_8));
  }

  /** {@code expires_in}, read leniently and kept within sane bounds so nothing ever spins. */
  static Duration lifetime(JsonNode expiresIn) {
    if (expiresIn == null || expiresIn.isNull()) {
      return DEFAULT_LIFETIME;
    }
    double seconds;
    if (expiresIn.isNumber()) {
      seconds = expiresIn.asDouble();
    } else {
      try {
        seconds = Double.parseDouble(expiresIn.asText().trim());
      } catch (NumberFormatException e) {
        return DEFAULT_LIFETIME;
      }
    }
    if (Double.isNaN(seconds) || seconds < MIN_LIFETIME.getSeconds()) {
      return MIN_LIFETIME;
    }
    return seconds > MAX_LIFETIME.getSeconds() ? MAX_LIFETIME : Duration.ofSeconds((long) seconds);
  }

  /** A non-blank text value, or {@code null}. */
  private static String text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
  }

  private static JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static List<Check> checksFor(String error) {
    switch (error.toLowerCase(Locale.ROOT)) {
      case "invalid_client":
        return List.of(Check.CLIENT_ID, Check.CLIENT_SECRET);
      case "invalid_grant":
      case "unauthorized_client":
        return List.of(Check.CLIENT_ID);
      case "invalid_scope":
        return List.of(Check.SCOPE);
      default:
        return List.of(Check.CLIENT_ID, Check.TOKEN_URL);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, UTF_8);
  }
}
