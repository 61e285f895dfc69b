package io.authwire.processor.base;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports every message on the element it is about, and counts the errors. */
public final class ErrorReporter {
  private final Messager messager;
  private int errors;

  public ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Element element, Message message, Object... args) {
    record(message);
    messager.printMessage(message.kind(), message.format(args), element);
  }

  /** Reports on one annotation of {@code element}, so the compiler points at the annotation. */
  public void report(
      Element element, AnnotationMirror annotation, Message message, Object... args) {
    record(message);
    messager.printMessage(message.kind(), message.format(args), element, annotation);
  }

  /** Reports on one attribute of an annotation, so the compiler points at its value. */
  public void report(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    record(message);
    messager.printMessage(message.kind(), message.format(args), element, annotation, value);
  }

  /** How many errors were reported so far; a validator compares it before and after. */
  public int errorCount() {
    return errors;
  }

  private void record(Message message) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
  }
}
