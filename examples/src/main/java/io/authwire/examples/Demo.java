package io.authwire.examples;

import io.authwire.runtime.MissingCredentialsException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * Shows the generated clients at work against a loopback server: an API key, Basic auth, client
 * credentials with tokens refreshed ahead of expiry, a revoked token recovered, and the message a
 * missing variable gives. Prints no secret.
 */
public final class Demo {
  private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(2);

  private Demo() {}

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  static void run(PrintStream out) throws Exception {
    try (DemoServer server = DemoServer.start(TOKEN_LIFETIME)) {
      String url = server.url();
      out.println("Authwire demo: APIs and a token endpoint on " + url);

      WeatherApi weather =
          AuthwireWeatherApi.builder()
              .env(Map.of("WEATHER_API_KEY", DemoServer.WEATHER_KEY, "WEATHER_BASE_URL", url))
              .build();
      out.println();
      out.println("1. @ApiKeyAuth: WEATHER_API_KEY in the X-API-Key header");
      out.println("   " + weather);
      WeatherApi.Forecast paris = weather.forecast("Paris");
      out.println("   Paris: " + paris.temperature() + " C, " + paris.sky());

      AccountsApi accounts =
          AuthwireAccountsApi.builder()
              .env(
                  Map.of(
                      "ACCOUNTS_USER", DemoServer.ACCOUNTS_USER,
                      "ACCOUNTS_PASS", DemoServer.ACCOUNTS_PASS,
                      "ACCOUNTS_BASE_URL", url))
              .build();
      out.println();
      out.println("2. @BasicAuth: ACCOUNTS_USER and ACCOUNTS_PASS");
      for (AccountsApi.Account account : accounts.accounts()) {
        out.println("   " + account.owner() + ": " + account.balanceCents() + " cents");
      }

      BillingApi billing =
          AuthwireBillingApi.builder()
              .env(
                  Map.of(
                      "BILLING_CLIENT_ID",
                      DemoServer.BILLING_CLIENT_ID,
                      "BILLING_CLIENT_SECRET",
                      DemoServer.BILLING_CLIENT_SECRET,
                      "BILLING_TOKEN_URL",
                      url + "/oauth2/token",
                      "BILLING_BASE_URL",
                      url))
              .build();
      out.println();
      out.println("3. @ClientCredentials: tokens live " + TOKEN_LIFETIME.toSeconds() + " s");
      int calls = 0;
      long end = System.nanoTime() + TOKEN_LIFETIME.multipliedBy(2).toNanos();
      while (System.nanoTime() < end) {
        billing.invoice("inv-" + calls++);
        Thread.sleep(100);
      }
      out.println(
          "   "
              + calls
              + " calls over "
              + TOKEN_LIFETIME.multipliedBy(2).toSeconds()
              + " s, none failed; "
              + server.tokenRequests()
              + " token requests, each refreshed ahead of expiry");

      out.println();
      out.println("4. A revoked token");
      server.revokeTokens();
      int before = server.tokenRequests();
      BillingApi.Invoice invoice = billing.invoice("inv-after-revocation");
      out.println(
          "   the API answered 401; Authwire fetched "
              + (server.tokenRequests() - before)
              + " new token and retried once: "
              + invoice.id()
              + " is "
              + invoice.status());

      out.println();
      out.println("5. Fail fast: a client without its variables");
      try {
        AuthwireBillingApi.builder().env(Map.of("BILLING_BASE_URL", url)).build();
      } catch (MissingCredentialsException e) {
        out.println("   " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
