package io.authwire.processor.validation;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations by name, so that the processor never loads Feign's or Authwire's classes. */
final class Annotations {
  private Annotations() {}

  static Optional<AnnotationMirror> find(Element element, ClassName annotation) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> is(mirror, annotation))
        .map(mirror -> (AnnotationMirror) mirror)
        .findFirst();
  }

  static boolean is(AnnotationMirror mirror, ClassName annotation) {
    return ((TypeElement) mirror.getAnnotationType().asElement())
        .getQualifiedName()
        .contentEquals(annotation.canonicalName());
  }

  /** The attribute's value as written, if it was written. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The attribute's value as written, or its default. */
  static AnnotationValue value(AnnotationMirror mirror, String attribute) {
    return explicit(mirror, attribute)
        .orElseGet(
            () ->
                mirror.getAnnotationType().asElement().getEnclosedElements().stream()
                    .filter(e -> e.getSimpleName().contentEquals(attribute))
                    .map(e -> ((ExecutableElement) e).getDefaultValue())
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no attribute " + attribute)));
  }

  static String string(AnnotationMirror mirror, String attribute) {
    return (String) value(mirror, attribute).getValue();
  }

  /** A {@code String[]} attribute, one value each. */
  @SuppressWarnings("unchecked")
  static List<AnnotationValue> strings(AnnotationMirror mirror, String attribute) {
    return (List<AnnotationValue>) value(mirror, attribute).getValue();
  }
}
