package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.KnownNames;
import io.authwire.processor.base.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  MethodValidator(
      ErrorReporter reporter, HeadersValidator headers, ParameterClassifier parameters) {
    this.reporter = reporter;
    this.headers = headers;
    this.parameters = parameters;
  }

  /**
   * @param typeVariables variables of the {@code @Headers} on the interface and its parent, which a
   *     {@code @Param} may feed
   */
  void validate(ExecutableElement method, Set<String> typeVariables) {
    Optional<AnnotationMirror> requestLine = Annotations.find(method, KnownNames.REQUEST_LINE);
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
    List<TemplateValue> templates = new ArrayList<>();
    templates.add(new TemplateValue(line, lineValue, "@RequestLine"));
    templates.addAll(headers.validate(method));
    Optional<AnnotationMirror> body = Annotations.find(method, KnownNames.BODY);
    if (body.isPresent()) {
      AnnotationValue bodyValue = Annotations.value(body.get(), "value");
      if (((String) bodyValue.getValue()).isEmpty()) {
        reporter.report(method, body.get(), bodyValue, Message.EMPTY_BODY, signature(method));
      }
      templates.add(new TemplateValue(body.get(), bodyValue, "@Body"));
    }
    Map<String, VariableElement> unused = new LinkedHashMap<>(roles.params());
    unused.keySet().removeAll(typeVariables);
    templates.forEach(template -> unused.keySet().removeAll(template.variables()));
    boolean allBound = checkBound(method, templates, roles.params().keySet(), unused);
    // While a variable is unbound, an unused @Param is most likely the same slip: not reported.
    checkBodyParameters(method, roles.bodies(), allBound ? unused : Map.of(), body.isPresent());
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
    if (!KnownNames.HTTP_METHODS.contains(matcher.group(1))) {
      reporter.report(
          method,
          line,
          lineValue,
          Message.UNKNOWN_HTTP_METHOD,
          matcher.group(1),
          String.join(", ", KnownNames.HTTP_METHODS));
      return false;
    }
    return true;
  }

  /**
   * Reports template variables no {@code @Param} binds, naming an unused {@code @Param} that looks
   * like the one meant; returns whether all are bound.
   */
  private boolean checkBound(
      ExecutableElement method,
      List<TemplateValue> templates,
      Set<String> bound,
      Map<String, VariableElement> unused) {
    boolean allBound = true;
    for (TemplateValue template : templates) {
      for (String name : template.variables()) {
        if (bound.contains(name)) {
          continue;
        }
        allBound = false;
        Optional<String> near = NearestName.among(name, unused.keySet());
        if (near.isPresent()) {
          reporter.report(
              method,
              template.annotation(),
              template.value(),
              Message.UNBOUND_TEMPLATE_VARIABLE_NEAR_PARAM,
              name,
              template.where(),
              name,
              near.get(),
              unused.get(near.get()).getSimpleName());
        } else {
          reporter.report(
              method,
              template.annotation(),
              template.value(),
              Message.UNBOUND_TEMPLATE_VARIABLE,
              name,
              template.where(),
              name);
        }
      }
    }
    return allBound;
  }

  /**
   * Reports parameters Feign would refuse or send other than the method says: several bodies, a
   * body beside a body template or beside form parameters, and unused {@code @Param}s.
   *
   * @param formParams {@code @Param}s no template uses, which Feign sends as a form body
   */
  private void checkBodyParameters(
      ExecutableElement method,
      List<VariableElement> bodies,
      Map<String, VariableElement> formParams,
      boolean bodyTemplate) {
    if (bodies.size() > 1) {
      reporter.report(
          bodies.get(1),
          Message.TOO_MANY_BODY_PARAMETERS,
          signature(method),
          bodies.get(0).getSimpleName(),
          bodies.get(1).getSimpleName());
      return;
    }
    if (bodies.size() == 1 && bodyTemplate) {
      VariableElement body = bodies.get(0);
      reporter.report(
          body,
          Message.BODY_TEMPLATE_AND_BODY_PARAMETER,
          signature(method),
          body.getSimpleName(),
          body.getSimpleName());
    } else if (bodies.size() == 1 && !formParams.isEmpty()) {
      String form = formParams.keySet().iterator().next();
      reporter.report(
          bodies.get(0),
          Message.BODY_WITH_FORM_PARAMETERS,
          signature(method),
          bodies.get(0).getSimpleName(),
          form,
          form);
    } else {
      formParams.forEach(
          (name, parameter) -> reporter.report(parameter, Message.UNUSED_PARAM, name, name));
    }
  }

  static String signature(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }
}
