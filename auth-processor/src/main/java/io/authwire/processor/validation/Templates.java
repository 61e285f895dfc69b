package io.authwire.processor.validation;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the variable names out of Feign's URI, header and body templates. */
final class Templates {
  /** A template expression: {@code {name}} or {@code {name:regex}}, with an optional operator. */
  private static final Pattern EXPRESSION = Pattern.compile("\\{[+#./;?&]?([^{}:]+)(?::[^{}]*)?}");

  private Templates() {}

  static Set<String> variables(String template) {
    Set<String> names = new LinkedHashSet<>();
    Matcher expression = EXPRESSION.matcher(template);
    while (expression.find()) {
      names.add(expression.group(1).trim());
    }
    return names;
  }
}
