package io.authwire.runtime.internal.env;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Where a client's variables come from by default. */
public final class Variables {
  private Variables() {}

  /**
   * The process environment laid over the {@code .env} file in {@code directory}, if there is one:
   * a variable set in both places takes the process environment's value.
   *
   * @throws EnvFile.Malformed when the file has a malformed line or cannot be read
   */
  public static Map<String, String> fromEnvironment(Path directory) {
    Map<String, String> variables = new HashMap<>(EnvFile.read(directory.resolve(".env")));
    variables.putAll(System.getenv());
    return variables;
  }

  /**
   * A copy of {@code variables} without its {@code null} values.
   *
   * @throws IllegalArgumentException when {@code variables} or one of its names is {@code null}
   */
  public static Map<String, String> copy(Map<String, String> variables) {
    if (variables == null) {
      throw new IllegalArgumentException("variables must not be null");
    }
    Map<String, String> copy = new HashMap<>();
    variables.forEach(
        (name, value) -> {
          if (name == null) {
            throw new IllegalArgumentException("a variable name must not be null");
          }
          if (value != null) {
            copy.put(name, value);
          }
        });
    return copy;
  }
}
