package io.authwire.processor.model;

import static java.util.Objects.requireNonNull;

import javax.lang.model.element.AnnotationValue;

/**
 * An annotation attribute the user set explicitly; the runtime configuration has a method of the
 * same name that takes it.
 */
public record Setting(String name, AnnotationValue value) {
  public Setting {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
  }
}
