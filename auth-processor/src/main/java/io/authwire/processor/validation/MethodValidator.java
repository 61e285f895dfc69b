package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.Message;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/** Checks at compile time what Feign's contract would reject, or silently get wrong, at run time. */
final class MethodValidator {
  /** Feign's {@code Contract.Default.REQUEST_LINE_PATTERN}. */
  private static final Pattern REQUEST_LINE = Pattern.compile("^([A-Z]+)[ ]*(.*)$");
  /** A template expression: {@code {name}}, {@code {name:regex}}, with an optional operator. */
  private static final Pattern EXPRESSION = Pattern.compile("\\{[+#./;?&]?([^{}:]+)(?::[^{}]*)?}");

  private final ErrorReporter reporter;

  MethodValidator(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  void validate(ExecutableElement method) {
    Optional<AnnotationMirror> requestLine = Annotations.find(method, FeignNames.REQUEST_LINE);
    if (requestLine.isEmpty()) {
      reporter.report(method, Message.MISSING_REQUEST_LINE, signature(method));
      return;
    }
    AnnotationMirror line = requestLine.get();
    AnnotationValue lineValue = Annotations.value(line, "value");
    String text = (String) lineValue.getValue();
    if (text.isBlank()) {
      reporter.report(method, line, lineValue, Message.EMPTY_REQUEST_LINE, signature(method));
      return;
    }
    Matcher matcher = REQUEST_LINE.matcher(text);
    if (!matcher.find()) {
      reporter.report(method, line, lineValue, Message.MALFORMED_REQUEST_LINE, text);
      return;
    }
    if (!FeignNames.HTTP_METHODS.contains(matcher.group(1))) {
      reporter.report(
          method, line, lineValue, Message.UNKNOWN_HTTP_METHOD, matcher.group(1),
          String.join(", ", FeignNames.HTTP_METHODS));
      return;
    }
    Set<String> params = paramNames(method);
    checkBound(method, line, lineValue, "@RequestLine", params);
    Annotations.find(method, FeignNames.HEADERS)
        .ifPresent(
            headers -> {
              for (AnnotationValue header : Annotations.strings(headers, "value")) {
                checkBound(method, headers, header, "@Headers", params);
              }
            });
    Annotations.find(method, FeignNames.BODY)
        .ifPresent(
            body -> checkBound(method, body, Annotations.value(body, "value"), "@Body", params));
  }

  private Set<String> paramNames(ExecutableElement method) {
    Set<String> names = new HashSet<>();
    for (VariableElement parameter : method.getParameters()) {
      Optional<AnnotationMirror> param = Annotations.find(parameter, FeignNames.PARAM);
      if (param.isEmpty()) {
        continue;
      }
      String name = Annotations.string(param.get(), "value");
      if (name.isEmpty()) {
        reporter.report(
            parameter, param.get(), Message.EMPTY_PARAM, parameter.getSimpleName(),
            parameter.getSimpleName());
      } else {
        names.add(name);
      }
    }
    return names;
  }

  private void checkBound(
      ExecutableElement method,
      AnnotationMirror annotation,
      AnnotationValue template,
      String where,
      Set<String> params) {
    Matcher expression = EXPRESSION.matcher((String) template.getValue());
    while (expression.find()) {
      String name = expression.group(1).trim();
      if (!params.contains(name)) {
        reporter.report(
            method, annotation, template, Message.UNBOUND_TEMPLATE_VARIABLE, name, where, name);
      }
    }
  }

  static String signature(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }
}
