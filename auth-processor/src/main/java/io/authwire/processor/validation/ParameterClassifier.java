package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.KnownNames;
import io.authwire.processor.base.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Sorts a method's parameters the way Feign's contract does, reporting what Feign would reject:
 * {@code @Param} names, query and header maps, and the rest, which become the body.
 */
final class ParameterClassifier {
  private final ErrorReporter reporter;
  private final Elements elements;
  private final Types types;
  private final TypeMirror map;
  private final TypeMirror uri;
  private final TypeElement options;

  ParameterClassifier(ErrorReporter reporter, Elements elements, Types types) {
    this.reporter = reporter;
    this.elements = elements;
    this.types = types;
    this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
    this.uri = elements.getTypeElement("java.net.URI").asType();
    this.options = elements.getTypeElement(KnownNames.REQUEST_OPTIONS.canonicalName());
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
      Optional<AnnotationMirror> param = Annotations.find(parameter, KnownNames.PARAM);
      Optional<AnnotationMirror> query = Annotations.find(parameter, KnownNames.QUERY_MAP);
      Optional<AnnotationMirror> header = Annotations.find(parameter, KnownNames.HEADER_MAP);
      if (param.isPresent()) {
        String name = Annotations.string(param.get(), "value");
        if (name.isEmpty()) {
          reporter.report(
              parameter,
              param.get(),
              Message.EMPTY_PARAM,
              parameter.getSimpleName(),
              parameter.getSimpleName());
          // Bound by its Java name, as under -parameters, so that its template variables are not
          // reported a second time as unbound.
          name = parameter.getSimpleName().toString();
        }
        params.putIfAbsent(name, parameter);
      } else if (query.isPresent()) {
        queryMap = checkSingle(method, parameter, queryMap, "QueryMap");
        checkExpandable(parameter, "QueryMap", Message.QUERY_MAP_NOT_A_MAP);
      } else if (header.isPresent()) {
        headerMap = checkSingle(method, parameter, headerMap, "HeaderMap");
        checkExpandable(parameter, "HeaderMap", Message.HEADER_MAP_NOT_A_MAP);
      } else if (!isUriOrOptions(parameter.asType())) {
        bodies.add(parameter);
      }
    }
    return new Roles(params, bodies);
  }

  private VariableElement checkSingle(
      ExecutableElement method,
      VariableElement parameter,
      VariableElement earlier,
      String annotation) {
    if (earlier != null) {
      reporter.report(
          parameter, Message.DUPLICATE_MAP, annotation, MethodValidator.signature(method));
    }
    return earlier == null ? parameter : earlier;
  }

  /**
   * Feign passes a map on as it is and reads the fields of any other object, which fails at run
   * time for the JDK's own types (their modules are not open) and finds none in an array.
   */
  private void checkExpandable(VariableElement parameter, String annotation, Message notAMap) {
    TypeMirror type = types.erasure(parameter.asType());
    if (isMap(type)) {
      checkMapKeys(parameter, annotation);
    } else if (type.getKind() != TypeKind.DECLARED || isJdkTypeOtherThanObject(type)) {
      reporter.report(parameter, notAMap, parameter.getSimpleName(), parameter.asType());
    }
  }

  private boolean isJdkTypeOtherThanObject(TypeMirror type) {
    TypeElement element = (TypeElement) types.asElement(type);
    ModuleElement module = elements.getModuleOf(element);
    String moduleName = module == null ? "" : module.getQualifiedName().toString();
    return !element.getQualifiedName().contentEquals("java.lang.Object")
        && (moduleName.startsWith("java.") || moduleName.startsWith("jdk."));
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
    mapKey(parameter.asType())
        .filter(key -> !key.toString().equals("java.lang.String"))
        .ifPresent(
            key ->
                reporter.report(
                    parameter,
                    Message.MAP_KEY_NOT_STRING,
                    annotation,
                    parameter.getSimpleName(),
                    key));
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
