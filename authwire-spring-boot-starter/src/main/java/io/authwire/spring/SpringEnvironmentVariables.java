package io.authwire.spring;

import static java.util.Objects.requireNonNull;

import io.authwire.runtime.VariableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Variables from Spring's {@link Environment}: command-line arguments, system properties,
 * environment variables, {@code application-{profile}.properties} and {@code application.yaml}, in
 * Spring's order. Each variable is looked up under its own name ({@code BILLING_CLIENT_ID}) and
 * then in Spring's relaxed form ({@code billing.client-id}): envPrefix and suffix in lower case,
 * joined by a dot, {@code _} written {@code -}.
 */
public final class SpringEnvironmentVariables implements VariableSource {
  /** Every suffix Authwire's annotations read, longest first. */
  private static final List<String> SUFFIXES =
      List.of(
          "CLIENT_SECRET",
          "CLIENT_ID",
          "TOKEN_URL",
          "AUTHORIZE_URL",
          "REDIRECT_URI",
          "BASE_URL",
          "API_KEY",
          "SCOPE",
          "USER",
          "PASS");

  private final Environment environment;

  public SpringEnvironmentVariables(Environment environment) {
    this.environment = requireNonNull(environment, "environment");
  }

  /**
   * The value from the first property source, in Spring's order, that has the variable under either
   * name; within one source the exact name wins.
   */
  @Override
  public Optional<String> get(String name) {
    List<String> names = new ArrayList<>();
    names.add(name);
    names.addAll(relaxedNames(name));
    if (environment instanceof ConfigurableEnvironment) {
      ConfigurableEnvironment configurable = (ConfigurableEnvironment) environment;
      for (PropertySource<?> source : configurable.getPropertySources()) {
        if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
          continue; // a view of all the others
        }
        for (String candidate : names) {
          Object value = source.getProperty(candidate);
          if (value != null) {
            return Optional.of(configurable.resolvePlaceholders(value.toString()));
          }
        }
      }
      return Optional.empty();
    }
    return names.stream().map(environment::getProperty).filter(v -> v != null).findFirst();
  }

  /**
   * The relaxed forms of {@code name}: for a suffix Authwire knows, the one form ({@code
   * WEATHER_API_API_KEY} → {@code weather-api.api-key}); otherwise one per place the name could
   * split into envPrefix and suffix.
   */
  public static List<String> relaxedNames(String name) {
    for (String suffix : SUFFIXES) {
      if (name.endsWith("_" + suffix) && name.length() > suffix.length() + 1) {
        return List.of(relaxed(name.substring(0, name.length() - suffix.length() - 1), suffix));
      }
    }
    List<String> names = new ArrayList<>();
    for (int i = name.indexOf('_'); i > 0; i = name.indexOf('_', i + 1)) {
      names.add(relaxed(name.substring(0, i), name.substring(i + 1)));
    }
    return names;
  }

  private static String relaxed(String prefix, String suffix) {
    return kebab(prefix) + "." + kebab(suffix);
  }

  private static String kebab(String part) {
    return part.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return "SpringEnvironmentVariables";
  }
}
