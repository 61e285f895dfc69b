package io.authwire.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.RequestInterceptor;
import feign.jackson.JacksonDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every client the benchmarks compare, each built the way its users build it, all with the same
 * JSON decoding (Jackson, unknown fields ignored) and the same 10 s timeouts. Authwire's clients
 * are the generated classes, built through their public {@code builder()}.
 */
public final class Peers {
  /** The static API key every key-based peer sends. */
  static final String API_KEY = "bench-api-key-0123456789";

  static final String CLIENT_SECRET = "bench-client-secret";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private Peers() {}

  /** A peer, by the name the results use. */
  public enum Peer {
    /** Feign with a hand-written static header interceptor: the floor for static auth. */
    PLAIN_FEIGN("plain Feign"),
    AUTHWIRE_HEADER_KEY("Authwire @ApiKeyAuth header"),
    AUTHWIRE_QUERY_KEY("Authwire @ApiKeyAuth query"),
    AUTHWIRE_CLIENT_CREDENTIALS("Authwire @ClientCredentials"),
    TEXTBOOK("textbook token client"),
    SPRING_MANAGER("Spring OAuth2AuthorizedClientManager"),
    /** The JDK's HttpClient with the header set by hand: the transport floor. */
    RAW_JDK("raw JDK HttpClient");

    public final String label;

    Peer(String label) {
      this.label = label;
    }

    public boolean usesTokens() {
      return this == AUTHWIRE_CLIENT_CREDENTIALS || this == TEXTBOOK || this == SPRING_MANAGER;
    }
  }

  /** The peers that fetch OAuth 2.0 tokens, in the order the results show them. */
  public static final List<Peer> TOKEN_PEERS =
      List.of(Peer.AUTHWIRE_CLIENT_CREDENTIALS, Peer.TEXTBOOK, Peer.SPRING_MANAGER);

  /**
   * {@code peer} calling {@code apiUrl}; the token peers use {@code tokenUrl} as client {@code
   * clientId} (give each experiment its own, as Authwire shares one token per credential set).
   */
  public static ItemApi build(Peer peer, String apiUrl, String tokenUrl, String clientId) {
    switch (peer) {
      case PLAIN_FEIGN:
        return feign(apiUrl, template -> template.header("X-API-Key", API_KEY));
      case AUTHWIRE_HEADER_KEY:
        return AuthwireItemApi_HeaderKey.builder()
            .env(Map.of("BENCH_HEADER_API_KEY", API_KEY, "BENCH_HEADER_BASE_URL", apiUrl))
            .build();
      case AUTHWIRE_QUERY_KEY:
        return AuthwireItemApi_QueryKey.builder()
            .env(Map.of("BENCH_QUERY_API_KEY", API_KEY, "BENCH_QUERY_BASE_URL", apiUrl))
            .build();
      case AUTHWIRE_CLIENT_CREDENTIALS:
        Map<String, String> env = new HashMap<>();
        env.put("BENCH_TOKEN_CLIENT_ID", clientId);
        env.put("BENCH_TOKEN_CLIENT_SECRET", CLIENT_SECRET);
        env.put("BENCH_TOKEN_TOKEN_URL", tokenUrl);
        env.put("BENCH_TOKEN_BASE_URL", apiUrl);
        return AuthwireItemApi_Token.builder().env(env).build();
      case TEXTBOOK:
        TextbookTokenClient tokens = new TextbookTokenClient(tokenUrl, clientId, CLIENT_SECRET);
        return feign(
            apiUrl, template -> template.header("Authorization", "Bearer " + tokens.getToken()));
      case SPRING_MANAGER:
        return feign(apiUrl, new SpringTokenInterceptor(tokenUrl, clientId, CLIENT_SECRET));
      case RAW_JDK:
        return new RawJdk(apiUrl);
      default:
        throw new AssertionError(peer);
    }
  }

  static ObjectMapper mapper() {
    return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Plain Feign as its users write it: Jackson, timeouts, one interceptor for the credential. */
  static ItemApi feign(String apiUrl, RequestInterceptor credential) {
    return Feign.builder()
        .decoder(new JacksonDecoder(mapper()))
        .options(new Request.Options(10, TimeUnit.SECONDS, 10, TimeUnit.SECONDS, true))
        .requestInterceptor(credential)
        .target(ItemApi.class, apiUrl);
  }

  /** The JDK's HttpClient over HTTP/1.1, the key set by hand, the body decoded by Jackson. */
  private static final class RawJdk implements ItemApi {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final ObjectMapper json = mapper();
    private final HttpRequest request;

    RawJdk(String apiUrl) {
      request =
          HttpRequest.newBuilder(URI.create(apiUrl + "/item"))
              .timeout(TIMEOUT)
              .header("X-API-Key", API_KEY)
              .GET()
              .build();
    }

    @Override
    public Item item() {
      try {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("HTTP " + response.statusCode());
        }
        return json.readValue(response.body(), Item.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
