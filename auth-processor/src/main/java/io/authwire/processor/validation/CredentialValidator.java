package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.KnownNames;
import io.authwire.processor.base.Message;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds where the interface itself would leak a credential: a value written into a header or query
 * parameter whose name says it carries one (version control keeps it for good), a query parameter
 * fed by a variable (URLs end up in logs), and a {@code URI} parameter, whose calls go to an origin
 * the credential is never sent to.
 */
final class CredentialValidator {
  /** An auth scheme before the credential, such as {@code Bearer }, which is no secret. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9._~+/-]*\\s+");

  private final ErrorReporter reporter;
  private final SecretNames secrets;

  CredentialValidator(ErrorReporter reporter, SecretNames secrets) {
    this.reporter = reporter;
    this.secrets = secrets;
  }

  /**
   * @param methods the abstract methods of {@code api}, inherited ones included
   */
  void validate(TypeElement api, List<ExecutableElement> methods) {
    checkTypeHeaders(api);
    for (ExecutableElement method : methods) {
      checkHeaders(method);
      Annotations.find(method, KnownNames.REQUEST_LINE).ifPresent(line -> checkQuery(method, line));
      for (VariableElement parameter : method.getParameters()) {
        // Feign sends the call to a URI argument, whatever the parameter's annotations.
        if (isUri(parameter.asType())) {
          reporter.report(parameter, Message.URI_PARAMETER, parameter.getSimpleName());
        }
      }
    }
  }

  private static boolean isUri(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.net.URI");
  }

  private void checkTypeHeaders(TypeElement type) {
    checkHeaders(type);
    for (TypeMirror parent : type.getInterfaces()) {
      checkTypeHeaders((TypeElement) ((DeclaredType) parent).asElement());
    }
  }

  private void checkHeaders(Element element) {
    Annotations.find(element, KnownNames.HEADERS)
        .ifPresent(
            headers -> {
              for (AnnotationValue value : Annotations.strings(headers, "value")) {
                checkHeader(element, headers, value);
              }
            });
  }

  private void checkHeader(Element element, AnnotationMirror headers, AnnotationValue value) {
    String header = (String) value.getValue();
    int colon = header.indexOf(':');
    if (colon < 0) {
      return; // a malformed header, reported as such
    }
    String name = header.substring(0, colon).trim();
    String credential = header.substring(colon + 1).trim();
    if (secrets.isSecret(name) && isWrittenOut(credential)) {
      Matcher scheme = SCHEME.matcher(credential);
      reporter.report(
          element,
          headers,
          value,
          Message.CREDENTIAL_IN_HEADERS,
          name,
          name,
          (scheme.lookingAt() ? scheme.group() : "") + "{" + SecretNames.normalize(name) + "}");
    }
  }

  private void checkQuery(ExecutableElement method, AnnotationMirror line) {
    AnnotationValue value = Annotations.value(line, "value");
    String template = (String) value.getValue();
    for (Map.Entry<String, String> parameter : Templates.queryParameters(template)) {
      String name = parameter.getKey();
      if (!secrets.isSecret(name)) {
        continue;
      }
      if (isWrittenOut(parameter.getValue())) {
        reporter.report(
            method,
            line,
            value,
            Message.CREDENTIAL_IN_REQUEST_LINE,
            name,
            SecretNames.normalize(name));
      } else if (!Templates.variables(parameter.getValue()).isEmpty()) {
        reporter.report(method, line, value, Message.CREDENTIAL_IN_QUERY, name);
      }
    }
  }

  /**
   * Whether some of the credential is written out rather than left to {@code {variables}}: {@code
   * Bearer {token}} and {@code Basic {user}:{pass}} are not, {@code Bearer abc123} and {@code
   * Bearer abc{rest}} are.
   */
  private static boolean isWrittenOut(String credential) {
    String afterScheme = SCHEME.matcher(credential).replaceFirst("");
    return Templates.literalText(afterScheme).chars().anyMatch(Character::isLetterOrDigit);
  }
}
