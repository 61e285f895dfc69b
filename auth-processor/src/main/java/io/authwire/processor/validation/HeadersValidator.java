package io.authwire.processor.validation;

import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.KnownNames;
import io.authwire.processor.base.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Checks {@code @Headers} on an interface or a method: Feign splits each value at its first colon
 * and fails at run time on one without.
 */
final class HeadersValidator {
  private static final Pattern HEADER =
      Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+\\s*:.*", Pattern.DOTALL);

  private final ErrorReporter reporter;

  HeadersValidator(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /** Reports malformed headers on {@code element}; returns every header, as a template. */
  List<TemplateValue> validate(Element element) {
    List<TemplateValue> templates = new ArrayList<>();
    Optional<AnnotationMirror> headers = Annotations.find(element, KnownNames.HEADERS);
    if (headers.isEmpty()) {
      return templates;
    }
    List<AnnotationValue> values = Annotations.strings(headers.get(), "value");
    if (values.isEmpty()) {
      reporter.report(element, headers.get(), Message.EMPTY_HEADERS, element.getSimpleName());
    }
    for (AnnotationValue value : values) {
      String header = (String) value.getValue();
      if (!HEADER.matcher(header).matches()) {
        reporter.report(element, headers.get(), value, Message.MALFORMED_HEADER, header);
      }
      templates.add(new TemplateValue(headers.get(), value, "@Headers"));
    }
    return templates;
  }
}
