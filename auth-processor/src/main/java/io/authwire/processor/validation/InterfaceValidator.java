package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.Message;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Checks that the annotated type is an interface Feign can target and a class can implement. */
final class InterfaceValidator {
  private final ErrorReporter reporter;

  InterfaceValidator(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /** Reports on {@code annotation} when {@code element} is not an interface. */
  boolean isInterface(Element element, AnnotationMirror annotation, String annotationName) {
    if (element.getKind() == ElementKind.INTERFACE) {
      return true;
    }
    reporter.report(
        element,
        annotation,
        Message.NOT_AN_INTERFACE,
        annotationName,
        element.getSimpleName(),
        element.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
    return false;
  }

  void validate(TypeElement api) {
    for (Element e = api; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)
          || ((TypeElement) e).getNestingKind() == NestingKind.LOCAL) {
        reporter.report(api, Message.NOT_ACCESSIBLE, api.getQualifiedName());
        return;
      }
    }
    if (!api.getTypeParameters().isEmpty()) {
      reporter.report(api, Message.GENERIC_INTERFACE, api.getSimpleName());
    }
    // Feign limits the interface itself to one parent; that parent may have any ancestors.
    if (api.getInterfaces().size() > 1) {
      reporter.report(api, Message.MULTIPLE_INHERITANCE, api.getSimpleName());
    }
  }
}
