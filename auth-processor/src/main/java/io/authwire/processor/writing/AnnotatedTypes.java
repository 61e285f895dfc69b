package io.authwire.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * {@link TypeName#get(TypeMirror)} with type-use annotations kept at every level, so that an
 * override says {@code @Nullable List<@NonNull String>} where the interface does.
 */
final class AnnotatedTypes {
  private AnnotatedTypes() {}

  static TypeName get(TypeMirror type) {
    return annotate(bare(type), type);
  }

  private static TypeName bare(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return ArrayTypeName.of(get(((ArrayType) type).getComponentType()));
    }
    if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      if (wildcard.getExtendsBound() != null) {
        return WildcardTypeName.subtypeOf(get(wildcard.getExtendsBound()));
      }
      if (wildcard.getSuperBound() != null) {
        return WildcardTypeName.supertypeOf(get(wildcard.getSuperBound()));
      }
      return WildcardTypeName.subtypeOf(Object.class);
    }
    if (type.getKind() == TypeKind.DECLARED
        && !((DeclaredType) type).getTypeArguments().isEmpty()) {
      ParameterizedTypeName raw = (ParameterizedTypeName) TypeName.get(type);
      TypeName[] arguments =
          ((DeclaredType) type)
              .getTypeArguments().stream().map(AnnotatedTypes::get).toArray(TypeName[]::new);
      return ParameterizedTypeName.get(raw.rawType(), arguments);
    }
    return TypeName.get(type);
  }

  private static TypeName annotate(TypeName name, TypeMirror type) {
    List<AnnotationSpec> annotations =
        type.getAnnotationMirrors().stream().map(AnnotationSpec::get).collect(Collectors.toList());
    return annotations.isEmpty() ? name : name.annotated(annotations);
  }
}
