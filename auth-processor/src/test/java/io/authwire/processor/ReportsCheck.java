package io.authwire.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.authwire.processor.base.Message;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Holds every test to what it says it {@link Reports}: each message it names must come out of one
 * of its compilations, with the message's kind and wording. So a test's claim cannot lie, and
 * {@link MessageCatalogueTest} can count on the claims to find a message no test reports.
 */
final class ReportsCheck implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  /** What the running test's compilations reported, or null outside a test this checks. */
  private static List<Diagnostic<? extends JavaFileObject>> reported;

  /** What each test reported, over all its invocations. */
  private final Map<Method, List<Diagnostic<? extends JavaFileObject>>> byTest = new HashMap<>();

  /** Tests that failed already, whose claims are not checked too. */
  private final Set<Method> failed = new HashSet<>();

  /** Called by {@link Sources#compile}. */
  static void record(Compilation compilation) {
    if (reported != null) {
      reported.addAll(compilation.diagnostics());
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    reported = new ArrayList<>();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Method test = context.getRequiredTestMethod();
    byTest.computeIfAbsent(test, t -> new ArrayList<>()).addAll(reported);
    reported = null;
    if (context.getExecutionException().isPresent()) {
      failed.add(test);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    byTest.forEach(
        (test, diagnostics) -> {
          Reports reports = test.getAnnotation(Reports.class);
          if (reports == null || failed.contains(test)) {
            return;
          }
          for (Message message : reports.value()) {
            assertTrue(
                diagnostics.stream().anyMatch(diagnostic -> isReport(diagnostic, message)),
                test.getName()
                    + " says it reports "
                    + message
                    + ", but it reported: "
                    + diagnostics.stream()
                        .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                        .collect(Collectors.toList()));
          }
        });
  }

  /** Whether {@code diagnostic} is {@code message}, whatever its arguments. */
  private static boolean isReport(Diagnostic<?> diagnostic, Message message) {
    String wording =
        Arrays.stream(message.text().split("%[sd]", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*", Pattern.quote("[" + message.key() + "] "), ""));
    return diagnostic.getKind() == message.kind()
        && Pattern.compile(wording, Pattern.DOTALL)
            .matcher(diagnostic.getMessage(Locale.ROOT))
            .matches();
  }
}
