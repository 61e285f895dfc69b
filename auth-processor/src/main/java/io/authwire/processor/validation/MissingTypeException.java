package io.authwire.processor.validation;

import javax.lang.model.type.TypeMirror;

/**
 * A type the interface refers to does not exist yet, perhaps because another processor generates it
 * in a later round. The interface is tried again then, and reported with this type if it never
 * appears.
 */
public final class MissingTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient TypeMirror type;

  MissingTypeException(TypeMirror type) {
    super(null, null, false, false);
    this.type = type;
  }

  /** The missing type, as the source names it. */
  public TypeMirror type() {
    return type;
  }
}
