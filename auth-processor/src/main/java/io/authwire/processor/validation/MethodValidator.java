package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks at compile time what Feign's contract rejects at run time, or silently gets wrong: the
 * request line, the templates and their variables, and what each parameter becomes.
 */
final class MethodValidator {
  /** Feign's {@code Contract.Default.REQUEST_LINE_PATTERN}. */
  private static final Pattern REQUEST_LINE = Pattern.compile("^([A-Z]+)[ ]*(.*)$");

  private final ErrorReporter reporter;
  private final HeadersValidator headers;
  private final ParameterClassifier parameters;

  MethodValidator(ErrorReporter reporter, ParameterClassifier parameters) {
    this.reporter = reporter;
    this.headers = new HeadersValidator(reporter);
    this.parameters = parameters;
  }

  /**
   * @param typeVariables variables of the {@code @Headers} on the interface and its parent, which
   *     a {@code @Param} may feed
   */
  void validate(ExecutableElement method, Set<String> typeVariables) {
    Optional<AnnotationMirror> requestLine = Annotations.find(method, FeignNames.REQUEST_LINE);
    if (requestLine.isEmpty()) {
      reporter.report(method, Message.MISSING_REQUEST_LINE, signature(method));
      return;
    }
    AnnotationMirror line = requestLine.get();
    AnnotationValue lineValue = Annotations.value(line, "value");
    if (!validRequestLine(method, line, lineValue)) {
      return;
    }
    ParameterClassifier.Roles roles = parameters.classify(method);
    Set<String> bound = roles.params().keySet();
    Set<String> used = new LinkedHashSet<>(typeVariables);
    used.addAll(checkBound(method, line, lineValue, "@RequestLine", bound));
    headers.validate(method);
    Annotations.find(method, FeignNames.HEADERS)
        .ifPresent(h -> Annotations.strings(h, "value")
            .forEach(header -> used.addAll(checkBound(method, h, header, "@Headers", bound))));
    Optional<AnnotationMirror> body = Annotations.find(method, FeignNames.BODY);
    if (body.isPresent()) {
      AnnotationValue bodyValue = Annotations.value(body.get(), "value");
      if (((String) bodyValue.getValue()).isEmpty()) {
        reporter.report(method, body.get(), bodyValue, Message.EMPTY_BODY, signature(method));
      }
      used.addAll(checkBound(method, body.get(), bodyValue, "@Body", bound));
    }
    checkBodyParameters(method, roles, used, body.isPresent());
  }

  private boolean validRequestLine(
      ExecutableElement method, AnnotationMirror line, AnnotationValue lineValue) {
    String text = (String) lineValue.getValue();
    if (text.isBlank()) {
      reporter.report(method, line, lineValue, Message.EMPTY_REQUEST_LINE, signature(method));
      return false;
    }
    Matcher matcher = REQUEST_LINE.matcher(text);
    if (!matcher.find()) {
      reporter.report(method, line, lineValue, Message.MALFORMED_REQUEST_LINE, text);
      return false;
    }
    if (!FeignNames.HTTP_METHODS.contains(matcher.group(1))) {
      reporter.report(
          method, line, lineValue, Message.UNKNOWN_HTTP_METHOD, matcher.group(1),
          String.join(", ", FeignNames.HTTP_METHODS));
      return false;
    }
    return true;
  }

  /** Reports template variables no {@code @Param} binds; returns all the template's variables. */
  private Set<String> checkBound(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue template,
      String where,
      Set<String> bound) {
    Set<String> variables = Templates.variables((String) template.getValue());
    for (String name : variables) {
      if (!bound.contains(name)) {
        reporter.report(
            method, annotation, template, Message.UNBOUND_TEMPLATE_VARIABLE, name, where, name);
      }
    }
    return variables;
  }

  private void checkBodyParameters(
      ExecutableElement method, ParameterClassifier.Roles roles, Set<String> used, boolean bodyTemplate) {
    List<VariableElement> bodies = roles.bodies();
    if (bodies.size() > 1) {
      reporter.report(
          bodies.get(1), Message.TOO_MANY_BODY_PARAMETERS, signature(method),
          bodies.get(0).getSimpleName(), bodies.get(1).getSimpleName());
      return;
    }
    Map<String, VariableElement> formParams = new LinkedHashMap<>(roles.params());
    formParams.keySet().removeAll(used);
    if (bodies.size() == 1 && bodyTemplate) {
      VariableElement body = bodies.get(0);
      reporter.report(
          body, Message.BODY_TEMPLATE_WITH_BODY_PARAMETER, signature(method), body.getSimpleName(),
          body.getSimpleName());
    } else if (bodies.size() == 1 && !formParams.isEmpty()) {
      String form = new ArrayList<>(formParams.keySet()).get(0);
      reporter.report(
          bodies.get(0), Message.BODY_WITH_FORM_PARAMETERS, signature(method),
          bodies.get(0).getSimpleName(), form, form);
    } else {
      formParams.forEach(
          (name, parameter) -> reporter.report(parameter, Message.UNUSED_PARAM, name, name));
    }
  }

  static String signature(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }
}
