package io.authwire.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Thrown before anything is sent when variables a client needs are missing, blank, or hold a value
 * that cannot be sent. Names every such variable at once and never shows a value.
 */
public final class MissingCredentialsException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String client;
  private final String problems;
  // Arrays, unlike List, are Serializable types, as an exception's fields should be.
  private final String[] missingVariables;
  private final String[] invalidVariables;

  /**
   * @param client the client being built, as a user knows it
   * @param missing variables that are absent or blank
   * @param invalid variables whose value cannot be used, each with the reason (never the value)
   * @param where where the variables were read, completing "Set them ..."
   */
  MissingCredentialsException(
      String client, List<String> missing, Map<String, String> invalid, String where) {
    super(message(client, missing, invalid, where));
    this.client = client;
    this.problems = problems(missing, invalid);
    this.missingVariables = missing.toArray(String[]::new);
    this.invalidVariables = invalid.keySet().toArray(String[]::new);
  }

  /**
   * The generated client that could not be built, by its simple name: {@code AuthwireBillingApi}.
   */
  public String client() {
    return client;
  }

  /**
   * What is wrong, without advice on where to set the variables: {@code missing or blank:
   * BILLING_CLIENT_ID; BILLING_BASE_URL is not a URL}. For containers that give their own advice.
   */
  public String problems() {
    return problems;
  }

  /** Variables that are absent or blank, in the order the client reads them. */
  public List<String> missingVariables() {
    return List.of(missingVariables);
  }

  /** Variables that are set but hold a value that cannot be sent. */
  public List<String> invalidVariables() {
    return List.of(invalidVariables);
  }

  private static String problems(List<String> missing, Map<String, String> invalid) {
    List<String> parts = new ArrayList<>();
    if (!missing.isEmpty()) {
      parts.add("missing or blank: " + String.join(", ", missing));
    }
    invalid.forEach((variable, reason) -> parts.add(variable + " " + reason));
    return String.join("; ", parts);
  }

  private static String message(
      String client, List<String> missing, Map<String, String> invalid, String where) {
    return client
        + " cannot be built; "
        + problems(missing, invalid)
        + (missing.isEmpty() ? ". Correct them " : ". Set them ")
        + where
        + ".";
  }
}
