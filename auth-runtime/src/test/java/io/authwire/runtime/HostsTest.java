package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which base URLs are hosts, and which hosts are loopback (issue #8, item 12). Nothing is sent. */
class HostsTest {

  private static AuthwireClient.Builder<EchoApi> builder(String baseUrl) {
    return AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.apiKey("WEATHER"))
        .env(Map.of("WEATHER_API_KEY", "k3y-for-billing", "WEATHER_BASE_URL", baseUrl));
  }

  private static String refusal(String baseUrl) {
    MissingCredentialsException e =
        assertThrows(MissingCredentialsException.class, () -> builder(baseUrl).build());
    assertEquals(List.of("WEATHER_BASE_URL"), e.invalidVariables());
    return e.getMessage();
  }

  @Test
  void aComposeServiceNameWithAnUnderscoreIsAHost() {
    List<Request> sent = new CopyOnWriteArrayList<>();
    EchoApi api =
        builder("http://billing_api:8080")
            .allowInsecureHttp()
            .feign(
                feign ->
                    feign.client(
                        (request, options) -> {
                          sent.add(request);
                          return Response.builder()
                              .status(200)
                              .headers(Map.of())
                              .request(request)
                              .body("ok", StandardCharsets.UTF_8)
                              .build();
                        }))
            .build()
            .api();

    assertEquals("ok", api.echo("x"));
    assertEquals("http://billing_api:8080/echo?q=x", sent.get(0).url());
    assertEquals(
        List.of("Bearer k3y-for-billing"), List.copyOf(sent.get(0).headers().get("Authorization")));
    assertTrue(
        refusal("http://billing_api:8080").contains("uses plain http"), "refused as insecure only");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.localhost:8080",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "http://0.0.0.0:8080",
        "http://[::ffff:127.0.0.1]:8080",
        "http://2130706433",
        "http://127.1",
        "http://127.0.0.256"
      })
  void onlyLoopbackByNameOrAddressGetsPlainHttp(String baseUrl) {
    assertTrue(refusal(baseUrl).contains("WEATHER_BASE_URL uses plain http"), baseUrl);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://LOCALHOST",
        "http://127.0.0.1:1",
        "http://127.255.10.9",
        "http://[::1]:8080",
        "http://[0:0:0:0:0:0:0:1]"
      })
  void loopbackGetsPlainHttp(String baseUrl) {
    assertEquals(baseUrl, builder(baseUrl).build().baseUrl());
  }

  @Test
  void userInfoIsRefusedEvenWhereItLooksLikeLoopback() {
    assertTrue(refusal("http://127.0.0.1@evil.example").contains("must not contain user info"));
  }

  @Test
  void whatAUriCannotHoldIsPercentEncodedOnce() {
    assertEquals(
        "http://127.0.0.1:1/my%20api%C3%A9",
        builder("http://127.0.0.1:1/my api\u00e9/").build().baseUrl());
    assertEquals("http://127.0.0.1:1/a%2Fb", builder("http://127.0.0.1:1/a%2Fb").build().baseUrl());
  }
}
