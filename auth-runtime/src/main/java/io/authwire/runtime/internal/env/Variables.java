package io.authwire.runtime.internal.env;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Where a client's variables come from. */
public final class Variables {
  private Variables() {}

  /**
   * The process environment laid over the {@code .env} file in {@code directory}, if there is one:
   * a variable set in both places takes the process environment's value.
   */
  public static Map<String, String> fromEnvironment(Path directory) {
    Map<String, String> variables = new HashMap<>(dotenvFile(directory));
    variables.putAll(System.getenv());
    return variables;
  }

  /** The process environment laid over {@code .env} in the working directory. */
  public static Map<String, String> fromEnvironment() {
    return fromEnvironment(Path.of(System.getProperty("user.dir")));
  }

  private static Map<String, String> dotenvFile(Path directory) {
    Dotenv dotenv;
    try {
      dotenv = Dotenv.configure().directory(directory.toString()).ignoreIfMissing().load();
    } catch (DotenvException e) {
      // dotenv's message quotes the offending line, which may hold a secret.
      throw new IllegalStateException(
          "The .env file in "
              + directory.toAbsolutePath()
              + " cannot be read: a line is malformed or the file is unreadable."
              + " Lines must read NAME=value; values are not shown here.");
    }
    Map<String, String> variables = new HashMap<>();
    for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
      variables.put(entry.getKey(), entry.getValue());
    }
    return variables;
  }
}
