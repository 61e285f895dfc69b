package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import io.authwire.runtime.internal.env.EnvFile;
import io.authwire.runtime.internal.env.Variables;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a client reads its variables, by the names the annotation derives ({@code
 * BILLING_CLIENT_ID}): system properties, MicroProfile Config, Spring's {@code Environment}, a
 * secrets manager. A blank value counts as unset, like an absent one.
 *
 * <pre>{@code
 * WeatherApi weather =
 *     AuthwireWeatherApi.builder()
 *         .variables(VariableSource.systemProperties().or(VariableSource.environment()))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface VariableSource {
  /**
   * The value of variable {@code name}, or empty when this source does not have it. Called while
   * the client is built, once per variable.
   */
  Optional<String> get(String name);

  /** This source, and {@code fallback} for the variables this one does not have. */
  default VariableSource or(VariableSource fallback) {
    requireNonNull(fallback, "fallback");
    return name -> {
      Optional<String> value = get(name);
      return value != null && value.isPresent() ? value : fallback.get(name);
    };
  }

  /**
   * The default: the process environment laid over the {@code .env} file in the working directory
   * (no file is fine), read now.
   *
   * @throws EnvFileException when the {@code .env} file has a malformed line or cannot be read
   */
  static VariableSource environment() {
    Path directory = Path.of(System.getProperty("user.dir"));
    try {
      return of(Variables.fromEnvironment(directory));
    } catch (EnvFile.Malformed e) {
      throw new EnvFileException(e);
    }
  }

  /** The JVM's system properties ({@code -DBILLING_CLIENT_ID=...}), read on each lookup. */
  static VariableSource systemProperties() {
    return name -> Optional.ofNullable(System.getProperty(name));
  }

  /** The entries of {@code variables}, copied now; a {@code null} value counts as unset. */
  static VariableSource of(Map<String, String> variables) {
    Map<String, String> copy = Variables.copy(variables);
    return name -> Optional.ofNullable(copy.get(name));
  }
}
