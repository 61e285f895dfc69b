package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.Message;
import io.authwire.processor.model.AuthKind;
import io.authwire.processor.model.AuthModel;
import io.authwire.processor.model.ClientModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one annotated type and, if it is fit for a client, returns its model. Everything the
 * writer relies on is checked here.
 */
public final class ClientValidator {
  private final Elements elements;
  private final Types types;
  private final ErrorReporter reporter;
  private final MissingTypes missingTypes;
  private final InterfaceValidator interfaces;
  private final HierarchyValidator hierarchy;
  private final AuthValidator auth;
  private final HeadersValidator headers;
  private final MethodValidator methods;

  public ClientValidator(ProcessingEnvironment env, ErrorReporter reporter) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.reporter = reporter;
    this.missingTypes = new MissingTypes(elements, types);
    this.interfaces = new InterfaceValidator(reporter);
    this.hierarchy = new HierarchyValidator(reporter, types);
    this.auth = new AuthValidator(reporter);
    this.headers = new HeadersValidator(reporter);
    this.methods =
        new MethodValidator(reporter, headers, new ParameterClassifier(reporter, elements, types));
  }

  /**
   * @throws MissingTypeException if a type the interface uses does not exist yet
   */
  public Optional<ClientModel> validate(Element element) {
    List<Map.Entry<AuthKind, AnnotationMirror>> annotations =
        element instanceof TypeElement
            ? AuthValidator.annotations((TypeElement) element)
            : List.of();
    if (annotations.isEmpty()
        || !interfaces.isInterface(
            element,
            annotations.get(0).getValue(),
            annotations.get(0).getKey().annotation().simpleName())) {
      return Optional.empty();
    }
    TypeElement api = (TypeElement) element;
    missingTypes.requireNoneIn(api);
    int errorsBefore = reporter.errorCount();
    interfaces.validate(api);
    Optional<AuthModel> authModel = auth.validate(api, annotations);
    List<ExecutableElement> abstractMethods = abstractMethods(api);
    hierarchy.validate(api, abstractMethods);
    Set<String> typeVariables = typeHeaderVariables(api);
    List<String> generatedStatics = ClientModel.generatedStatics(annotations.get(0).getKey());
    for (ExecutableElement method : abstractMethods) {
      if (generatedStatics.contains(method.getSimpleName().toString())
          && method.getParameters().isEmpty()) {
        reporter.report(
            method,
            Message.GENERATED_MEMBER_CLASH,
            MethodValidator.signature(method),
            method.getSimpleName());
      }
      methods.validate(method, typeVariables);
    }
    Map.Entry<AuthKind, AnnotationMirror> auth = annotations.get(0);
    new CredentialValidator(reporter, AuthValidator.secretNames(auth.getKey(), auth.getValue()))
        .validate(api, abstractMethods);
    if (reporter.errorCount() != errorsBefore || authModel.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ClientModel(api, authModel.get(), abstractMethods));
  }

  /** Checks {@code @Headers} on the interface and its parent; returns their variables. */
  private Set<String> typeHeaderVariables(TypeElement api) {
    Set<String> variables = new LinkedHashSet<>();
    Stream.concat(Stream.of(api), api.getInterfaces().stream().map(types::asElement))
        .flatMap(type -> headers.validate(type).stream())
        .forEach(header -> variables.addAll(header.variables()));
    return variables;
  }

  /** Abstract methods, inherited ones included, except redeclared {@code Object} methods. */
  private List<ExecutableElement> abstractMethods(TypeElement api) {
    return ElementFilter.methodsIn(elements.getAllMembers(api)).stream()
        .filter(method -> method.getModifiers().contains(Modifier.ABSTRACT))
        .filter(method -> !redeclaresObjectMethod(method))
        .collect(Collectors.toList());
  }

  private boolean redeclaresObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends VariableElement> parameters = method.getParameters();
    return (name.equals("toString") || name.equals("hashCode")) && parameters.isEmpty()
        || name.equals("equals")
            && parameters.size() == 1
            && types.isSameType(
                parameters.get(0).asType(), elements.getTypeElement("java.lang.Object").asType());
  }
}
