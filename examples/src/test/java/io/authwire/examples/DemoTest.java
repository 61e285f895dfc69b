package io.authwire.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the README's demo and reads what a newcomer would see. */
class DemoTest {

  @Test
  void showsEveryClientWorkingAndNoSecret() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(output.contains("Paris: 21.5 C, sunny"), output);
    assertTrue(output.contains("Ada: 4200 cents"), output);
    Matcher refresh =
        Pattern.compile("(\\d+) calls over 4 s, none failed; (\\d+) token requests")
            .matcher(output);
    assertTrue(refresh.find(), output);
    int tokens = Integer.parseInt(refresh.group(2));
    assertTrue(tokens >= 2 && tokens <= 6, output);
    assertTrue(
        output.contains("fetched 1 new token and retried once: inv-after-revocation is open"),
        output);
    assertTrue(
        output.contains(
            "MissingCredentialsException: AuthwireBillingApi cannot be built; missing or blank:"
                + " BILLING_CLIENT_ID, BILLING_CLIENT_SECRET, BILLING_TOKEN_URL"),
        output);
    for (String secret :
        new String[] {
          DemoServer.WEATHER_KEY,
          DemoServer.ACCOUNTS_PASS,
          DemoServer.BILLING_CLIENT_SECRET,
          "demo-token-"
        }) {
      assertFalse(output.contains(secret), secret + " leaked into:\n" + output);
    }
  }
}
