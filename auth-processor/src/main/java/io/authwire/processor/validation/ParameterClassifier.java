package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Sorts a method's parameters the way Feign's contract does, reporting what Feign would reject:
 * {@code @Param} names, query and header maps, and the rest, which become the body.
 */
final class ParameterClassifier {
  private final ErrorReporter reporter;
  private final Types types;
  private final TypeMirror map;
  private final TypeMirror uri;
  private final TypeElement options;

  ParameterClassifier(ErrorReporter reporter, Elements elements, Types types) {
    this.reporter = reporter;
    this.types = types;
    this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
    this.uri = elements.getTypeElement("java.net.URI").asType();
    this.options = elements.getTypeElement(FeignNames.OPTIONS);
  }

  /**
   * @param params parameters by {@code @Param} name
   * @param bodies parameters Feign would encode as the body
   */
  record Roles(Map<String, VariableElement> params, List<VariableElement> bodies) {}

  Roles classify(ExecutableElement method) {
    Map<String, VariableElement> params = new LinkedHashMap<>();
    List<VariableElement> bodies = new ArrayList<>();
    VariableElement queryMap = null;
    VariableElement headerMap = null;
    for (VariableElement parameter : method.getParameters()) {
      Optional<AnnotationMirror> param = Annotations.find(parameter, FeignNames.PARAM);
      Optional<AnnotationMirror> query = Annotations.find(parameter, FeignNames.QUERY_MAP);
      Optional<AnnotationMirror> header = Annotations.find(parameter, FeignNames.HEADER_MAP);
      if (param.isPresent()) {
        String name = Annotations.string(param.get(), "value");
        if (name.isEmpty()) {
          reporter.report(
              parameter, param.get(), Message.EMPTY_PARAM, parameter.getSimpleName(),
              parameter.getSimpleName());
        } else {
          params.putIfAbsent(name, parameter);
        }
      } else if (query.isPresent()) {
        queryMap = checkSingle(method, parameter, queryMap, "QueryMap");
        checkMapKeys(parameter, "QueryMap");
      } else if (header.isPresent()) {
        headerMap = checkSingle(method, parameter, headerMap, "HeaderMap");
        if (!isMap(parameter.asType())) {
          reporter.report(
              parameter, Message.HEADER_MAP_NOT_A_MAP, parameter.getSimpleName(), parameter.asType());
        } else {
          checkMapKeys(parameter, "HeaderMap");
        }
      } else if (!isUriOrOptions(parameter.asType())) {
        bodies.add(parameter);
      }
    }
    return new Roles(params, bodies);
  }

  private VariableElement checkSingle(
      ExecutableElement method, VariableElement parameter, VariableElement earlier, String annotation) {
    if (earlier != null) {
      reporter.report(parameter, Message.DUPLICATE_MAP, annotation, MethodValidator.signature(method));
    }
    return earlier == null ? parameter : earlier;
  }

  private boolean isMap(TypeMirror type) {
    return types.isAssignable(types.erasure(type), map);
  }

  private boolean isUriOrOptions(TypeMirror type) {
    return types.isSameType(type, uri)
        || options != null && types.isAssignable(type, options.asType());
  }

  /** Feign reads a map parameter's key type and refuses anything but {@code String}. */
  private void checkMapKeys(VariableElement parameter, String annotation) {
    if (!isMap(parameter.asType())) {
      return;
    }
    mapKey(parameter.asType())
        .filter(key -> !key.toString().equals("java.lang.String"))
        .ifPresent(
            key ->
                reporter.report(
                    parameter, Message.MAP_KEY_NOT_STRING, annotation, parameter.getSimpleName(), key));
  }

  /** The key type of {@code type} as a {@code Map}, if it is declared. */
  private Optional<TypeMirror> mapKey(TypeMirror type) {
    if (types.isSameType(types.erasure(type), map)) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments.get(0));
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (isMap(supertype)) {
        return mapKey(supertype);
      }
    }
    return Optional.empty();
  }
}
