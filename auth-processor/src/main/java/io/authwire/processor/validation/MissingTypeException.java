package io.authwire.processor.validation;

/**
 * A type the interface refers to does not exist yet, perhaps because another processor generates
 * it in a later round. The interface is tried again then.
 */
public final class MissingTypeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingTypeException() {
    super(null, null, false, false);
  }
}
