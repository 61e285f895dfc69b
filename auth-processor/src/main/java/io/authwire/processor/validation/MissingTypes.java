package io.authwire.processor.validation;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Finds the types an interface refers to that do not exist yet. */
final class MissingTypes {
  private final Elements elements;
  private final Types types;

  MissingTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * Checks the parents of {@code api} and the signatures of its methods, inherited ones included.
   *
   * @throws MissingTypeException naming the first type that is missing
   */
  void requireNoneIn(TypeElement api) {
    for (TypeMirror parent : api.getInterfaces()) {
      requireResolved(parent);
    }
    DeclaredType apiType = (DeclaredType) api.asType();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(api))) {
      ExecutableType resolved = (ExecutableType) types.asMemberOf(apiType, method);
      requireResolved(resolved.getReturnType());
      resolved.getParameterTypes().forEach(this::requireResolved);
      resolved.getThrownTypes().forEach(this::requireResolved);
    }
  }

  private void requireResolved(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      throw new MissingTypeException(type);
    }
    if (type instanceof DeclaredType) {
      ((DeclaredType) type).getTypeArguments().forEach(this::requireResolved);
    } else if (type instanceof ArrayType) {
      requireResolved(((ArrayType) type).getComponentType());
    } else if (type instanceof WildcardType) {
      WildcardType wildcard = (WildcardType) type;
      if (wildcard.getExtendsBound() != null) {
        requireResolved(wildcard.getExtendsBound());
      }
      if (wildcard.getSuperBound() != null) {
        requireResolved(wildcard.getSuperBound());
      }
    }
  }
}
