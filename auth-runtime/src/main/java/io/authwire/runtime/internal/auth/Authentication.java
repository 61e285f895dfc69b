package io.authwire.runtime.internal.auth;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How a client authenticates, once its variables are read.
 *
 * @param placement where the credential travels
 * @param credentials what it carries
 * @param variables the variables the credential comes from, for messages
 */
public record Authentication(
    Placement placement, CredentialSource.Factory credentials, List<String> variables) {

  public Authentication {
    requireNonNull(placement, "placement");
    requireNonNull(credentials, "credentials");
    variables = List.copyOf(variables);
  }

  /** The variables as a person reads them: {@code A, B and C}. */
  public String describeVariables() {
    if (variables.size() == 1) {
      return variables.get(0);
    }
    return String.join(", ", variables.subList(0, variables.size() - 1))
        + " and "
        + variables.get(variables.size() - 1);
  }
}
