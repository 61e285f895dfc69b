package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.authwire.runtime.LoopbackServer.Canned;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BasicAuthTest {

  @Test
  void sendsUtf8CredentialsWithAColonInThePassword() throws Exception {
    try (LoopbackServer server = LoopbackServer.start().respond("/echo", Canned.json("\"ok\""))) {
      EchoApi api =
          AuthwireClient.builder(EchoApi.class, EchoApi.class, AuthConfig.basic("API"))
              .env(
                  Map.of(
                      "API_USER",
                      "j\u00fcrgen",
                      "API_PASS",
                      "pa:ss:\u20ac",
                      "API_BASE_URL",
                      server.url()))
              .build()
              .api();

      api.echo("x");

      String header = server.lastRequest().header("Authorization");
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring("Basic ".length())),
              StandardCharsets.UTF_8);
      assertEquals("j\u00fcrgen:pa:ss:\u20ac", decoded);
    }
  }
}
