package io.authwire.processor.base;

import java.util.Arrays;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports every message on the element it is about, unless {@code @SuppressWarnings} silences it
 * there, and counts the errors.
 */
public final class ErrorReporter {
  private final Messager messager;
  private int errors;

  public ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Element element, Message message, Object... args) {
    if (reportable(element, message)) {
      messager.printMessage(message.kind(), message.format(args), element);
    }
  }

  /** Reports on one annotation of {@code element}, so the compiler points at the annotation. */
  public void report(
      Element element, AnnotationMirror annotation, Message message, Object... args) {
    if (reportable(element, message)) {
      messager.printMessage(message.kind(), message.format(args), element, annotation);
    }
  }

  /** Reports on one attribute of an annotation, so the compiler points at its value. */
  public void report(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    if (reportable(element, message)) {
      messager.printMessage(message.kind(), message.format(args), element, annotation, value);
    }
  }

  /** How many errors were reported so far; a validator compares it before and after. */
  public int errorCount() {
    return errors;
  }

  /** Whether to print the message: not if it is suppressed. Counts the errors it lets through. */
  private boolean reportable(Element element, Message message) {
    if (suppressed(element, message)) {
      return false;
    }
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    return true;
  }

  /**
   * Whether {@code @SuppressWarnings("authwire:tag")} is on the element or one that encloses it,
   * such as the parameter's method or the method's interface, the way javac scopes its own lint.
   */
  private static boolean suppressed(Element element, Message message) {
    if (!message.suppressible()) {
      return false;
    }
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && Arrays.asList(suppress.value()).contains(message.key())) {
        return true;
      }
    }
    return false;
  }
}
