package io.authwire.processor.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the variable names, query parameters and literal text out of Feign's templates. */
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

  /**
   * The query parameters of a URL or URI template, in order, each as its name and its value, which
   * is empty where the parameter has no {@code =}.
   */
  static List<Map.Entry<String, String>> queryParameters(String uri) {
    int query = uri.indexOf('?');
    if (query < 0) {
      return List.of();
    }
    int fragment = uri.indexOf('#', query);
    String parameters = uri.substring(query + 1, fragment < 0 ? uri.length() : fragment);
    List<Map.Entry<String, String>> found = new ArrayList<>();
    for (String parameter : parameters.split("&")) {
      String[] pair = parameter.split("=", 2);
      found.add(Map.entry(pair[0], pair.length == 2 ? pair[1] : ""));
    }
    return found;
  }

  /** The template's literal text: everything but its expressions. */
  static String literalText(String template) {
    return EXPRESSION.matcher(template).replaceAll("");
  }
}
