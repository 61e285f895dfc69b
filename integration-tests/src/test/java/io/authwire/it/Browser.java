package io.authwire.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's side of a sign-in, as a browser does it: an HTTP client with cookies that follows the
 * provider's redirects, fills in the login form with its CSRF token and submits the consent form.
 */
final class Browser {
  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String user;
  private final String password;
  private final boolean consent;

  /**
   * @param consent whether the user grants the scopes or cancels
   */
  Browser(String user, String password, boolean consent) {
    this.user = user;
    this.password = password;
    this.consent = consent;
  }

  /**
   * Goes to {@code url} and through the provider's pages until a redirect leaves the provider, to a
   * URL starting with {@code callback}; follows that one too if {@code follow}, as a browser does.
   *
   * @return the URL the provider sent the browser back to
   */
  String signIn(String url, String callback, boolean follow)
      throws IOException, InterruptedException {
    HttpResponse<String> response = get(URI.create(url));
    for (int steps = 0; steps < 20; steps++) {
      if (response.statusCode() / 100 == 3) {
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        if (next.toString().startsWith(callback)) {
          if (follow) {
            get(next);
          }
          return next.toString();
        }
        response = get(next);
      } else if (response.statusCode() == 200 && response.body().contains("name=\"username\"")) {
        Map<String, List<String>> form = hiddenInputs(response.body());
        form.put("username", List.of(user));
        form.put("password", List.of(password));
        response = post(response.uri().resolve(action(response.body())), form);
      } else if (response.statusCode() == 200 && response.body().contains("consent_form")) {
        Map<String, List<String>> form = hiddenInputs(response.body());
        if (consent) {
          form.put("scope", checkboxValues(response.body()));
        }
        response = post(response.uri().resolve(action(response.body())), form);
      } else {
        throw new IllegalStateException(
            "unexpected page " + response.statusCode() + " at " + response.uri());
      }
    }
    throw new IllegalStateException("too many steps");
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Accept", "text/html")
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI uri, Map<String, List<String>> form)
      throws IOException, InterruptedException {
    List<String> pairs = new ArrayList<>();
    form.forEach(
        (name, values) ->
            values.forEach(
                value ->
                    pairs.add(
                        URLEncoder.encode(name, UTF_8) + "=" + URLEncoder.encode(value, UTF_8))));
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Accept", "text/html")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String action(String page) {
    Matcher form = FORM.matcher(page);
    if (!form.find()) {
      throw new IllegalStateException("no form");
    }
    return attribute(form.group(), "action");
  }

  private static Map<String, List<String>> hiddenInputs(String page) {
    Map<String, List<String>> inputs = new java.util.LinkedHashMap<>();
    Matcher input = INPUT.matcher(page);
    while (input.find()) {
      if ("hidden".equalsIgnoreCase(attribute(input.group(), "type"))) {
        inputs
            .computeIfAbsent(attribute(input.group(), "name"), name -> new ArrayList<>())
            .add(attribute(input.group(), "value"));
      }
    }
    return inputs;
  }

  private static List<String> checkboxValues(String page) {
    List<String> values = new ArrayList<>();
    Matcher input = INPUT.matcher(page);
    while (input.find()) {
      if ("checkbox".equalsIgnoreCase(attribute(input.group(), "type"))) {
        values.add(attribute(input.group(), "value"));
      }
    }
    return values;
  }

  private static String attribute(String tag, String name) {
    Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
    return value.find()
        ? value
            .group(1)
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
        : "";
  }
}
