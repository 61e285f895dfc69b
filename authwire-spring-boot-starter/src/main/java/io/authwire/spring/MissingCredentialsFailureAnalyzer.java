package io.authwire.spring;

import io.authwire.runtime.MissingCredentialsException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link MissingCredentialsException} at start-up into Spring Boot's failure report: which
 * client, which variables, and where a Spring application can set them.
 */
final class MissingCredentialsFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingCredentialsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingCredentialsException cause) {
    String description =
        "The Authwire client "
            + cause.client()
            + " could not be created: "
            + cause.problems()
            + ".";
    List<String> variables = new ArrayList<>(cause.missingVariables());
    variables.addAll(cause.invalidVariables());
    StringBuilder action =
        new StringBuilder(
            "Set these variables in application.properties or application.yaml (or a profile's"
                + " file), as environment variables, or as system properties:\n");
    for (String variable : variables) {
      action
          .append("\n    ")
          .append(variable)
          .append(" (or ")
          .append(String.join(" or ", SpringEnvironmentVariables.relaxedNames(variable)))
          .append(")");
    }
    action.append(
        "\n\nIf the application does not need "
            + cause.client()
            + ", set authwire.clients.auto-register=false or define a bean of its type yourself.");
    return new FailureAnalysis(description, action.toString(), cause);
  }
}
