package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.KnownNames;
import io.authwire.processor.base.Message;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.util.Types;

/**
 * Checks what Feign makes of the ancestors of the annotated interface, which it accepts to any
 * depth: it reads {@code @Headers} only on the interface and its parent, and it dispatches a method
 * inherited from two ancestors to neither.
 */
final class HierarchyValidator {
  private final ErrorReporter reporter;
  private final Types types;

  HierarchyValidator(ErrorReporter reporter, Types types) {
    this.reporter = reporter;
    this.types = types;
  }

  /**
   * @param abstractMethods the abstract members of {@code api}, inherited ones included
   */
  void validate(TypeElement api, List<ExecutableElement> abstractMethods) {
    Set<TypeElement> ancestors = ancestors(api);
    ancestors.removeAll(parents(api));
    for (TypeElement ancestor : ancestors) {
      if (Annotations.find(ancestor, KnownNames.HEADERS).isPresent()) {
        reporter.report(
            api, Message.IGNORED_HEADERS, ancestor.getSimpleName(), api.getSimpleName());
      }
    }
    checkInheritedOnce(api, abstractMethods);
  }

  /**
   * Javac keeps both declarations of a method that two unrelated ancestors declare and nothing
   * below them redeclares; Feign's proxy then has a handler for one and is called with the other.
   */
  private void checkInheritedOnce(TypeElement api, List<ExecutableElement> abstractMethods) {
    DeclaredType apiType = (DeclaredType) api.asType();
    Map<String, ExecutableElement> bySignature = new HashMap<>();
    for (ExecutableElement method : abstractMethods) {
      ExecutableElement earlier = bySignature.putIfAbsent(signature(apiType, method), method);
      if (earlier != null) {
        reporter.report(
            api,
            Message.AMBIGUOUS_INHERITED_METHOD,
            api.getSimpleName(),
            signature(apiType, method),
            earlier.getEnclosingElement().getSimpleName(),
            method.getEnclosingElement().getSimpleName(),
            api.getSimpleName());
      }
    }
  }

  /** {@code get(java.lang.String)}: the name and erased parameter types as members of the api. */
  private String signature(DeclaredType apiType, ExecutableElement method) {
    ExecutableType resolved = (ExecutableType) types.asMemberOf(apiType, method);
    return method.getSimpleName()
        + resolved.getParameterTypes().stream()
            .map(type -> types.erasure(type).toString())
            .collect(Collectors.joining(", ", "(", ")"));
  }

  private Set<TypeElement> parents(TypeElement type) {
    return type.getInterfaces().stream()
        .map(parent -> (TypeElement) types.asElement(parent))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Every interface {@code api} extends, directly or not. */
  private Set<TypeElement> ancestors(TypeElement api) {
    Set<TypeElement> ancestors = new LinkedHashSet<>();
    Deque<TypeElement> pending = new ArrayDeque<>(parents(api));
    while (!pending.isEmpty()) {
      TypeElement next = pending.pop();
      if (ancestors.add(next)) {
        pending.addAll(parents(next));
      }
    }
    return ancestors;
  }
}
