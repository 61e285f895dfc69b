package io.authwire.processor.validation;

import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * One template Feign expands: the value of {@code @RequestLine} or {@code @Body}, or one value of
 * {@code @Headers}, with the annotation a diagnostic about it points at.
 *
 * @param where the annotation as a message names it, such as {@code @Headers}
 */
record TemplateValue(AnnotationMirror annotation, AnnotationValue value, String where) {
  Set<String> variables() {
    return Templates.variables((String) value.getValue());
  }
}
