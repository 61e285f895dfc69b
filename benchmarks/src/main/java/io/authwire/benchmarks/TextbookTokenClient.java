package io.authwire.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The token client of the usual tutorial, ported faithfully to Java: a datetime expiry checked
 * minus 60 seconds, a synchronous {@code client_secret_post} request on the caller's thread, no
 * lock, {@code expires_in} defaulting to 3600. A peer in the benchmarks, not a recommendation.
 *
 * <p>The two fields are volatile, and the token is written before its expiry, only so that the port
 * does not throw where the original's interpreter lock hides the race; concurrent callers that find
 * the token due each fetch one, as in the original.
 */
public final class TextbookTokenClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String tokenUrl;
  private final String clientId;
  private final String clientSecret;
  private volatile String token;
  private volatile Instant expiresAt;

  public TextbookTokenClient(String tokenUrl, String clientId, String clientSecret) {
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  public String getToken() {
    if (token == null || expiresAt == null || !Instant.now().isBefore(expiresAt.minusSeconds(60))) {
      fetchToken();
    }
    return token;
  }

  private void fetchToken() {
    String form =
        "grant_type=client_credentials"
            + "&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(tokenUrl))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("token request failed: HTTP " + response.statusCode());
      }
      JsonNode json = JSON.readTree(response.body());
      token = json.get("access_token").asText();
      expiresAt = Instant.now().plusSeconds(json.path("expires_in").asLong(3600));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
