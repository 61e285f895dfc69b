package io.authwire.runtime.env;

import io.authwire.runtime.MissingCredentialsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a client's variables and collects every problem, so that one exception can name them all.
 * Messages name variables and say what is wrong with them; they never quote a value.
 */
public final class VariableReader {
  private final Map<String, String> variables;
  private final List<String> missing = new ArrayList<>();
  private final Map<String, String> invalid = new LinkedHashMap<>();

  public VariableReader(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  /** The value of {@code name}, or {@code null} after recording it as missing or blank. */
  public String require(String name) {
    String value = variables.get(name);
    if (value == null || value.isBlank()) {
      missing.add(name);
      return null;
    }
    return value;
  }

  /** The value of {@code name}; a blank value counts as unset. */
  public Optional<String> optional(String name) {
    return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
  }

  /** Records {@code name} as missing when nothing else supplied what it stands for. */
  public void missing(String name) {
    missing.add(name);
  }

  /** Records that the value of {@code name} cannot be used, for {@code reason}. */
  public void invalid(String name, String reason) {
    invalid.putIfAbsent(name, reason);
  }

  /** Records {@code name} as invalid when its value holds a control character such as a line break. */
  public void refuseControlCharacters(String name, String value) {
    if (value != null && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      invalid(name, "contains a line break or another control character");
    }
  }

  /** Throws {@link MissingCredentialsException} naming every problem recorded so far. */
  public void throwIfProblems(String client) {
    if (!missing.isEmpty() || !invalid.isEmpty()) {
      throw new MissingCredentialsException(client, missing, invalid);
    }
  }
}
