package io.authwire.runtime.internal.env;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a client's variables and collects every problem, so that one exception can name them all.
 * Messages name variables and say what is wrong with them; they never quote a value.
 */
public final class VariableReader {
  private final Function<String, Optional<String>> variables;
  private final List<String> missing = new ArrayList<>();
  private final Map<String, String> invalid = new LinkedHashMap<>();

  /**
   * @param variables looks a variable up by name; a {@code null} answer counts as unset
   */
  public VariableReader(Function<String, Optional<String>> variables) {
    this.variables = variables;
  }

  /** The value of {@code name}, or {@code null} after recording it as missing or blank. */
  public String require(String name) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      missing.add(name);
      return null;
    }
    return value.get();
  }

  /** The value of {@code name}; a blank value counts as unset. */
  public Optional<String> optional(String name) {
    Optional<String> value = variables.apply(name);
    return value == null ? Optional.empty() : value.filter(found -> !found.isBlank());
  }

  /** Records {@code name} as missing when nothing else supplied what it stands for. */
  public void missing(String name) {
    missing.add(name);
  }

  /** Records that the value of {@code name} cannot be used, for {@code reason}. */
  public void invalid(String name, String reason) {
    invalid.putIfAbsent(name, reason);
  }

  /**
   * Records {@code name} as invalid when its value holds a control character such as a line break.
   */
  public void refuseControlCharacters(String name, String value) {
    if (value != null && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      invalid(name, "contains a line break or another control character");
    }
  }

  /** Variables recorded as absent or blank, in the order they were read. */
  public List<String> missing() {
    return List.copyOf(missing);
  }

  /** Variables recorded as unusable, each with the reason (never the value). */
  public Map<String, String> invalid() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
  }
}
