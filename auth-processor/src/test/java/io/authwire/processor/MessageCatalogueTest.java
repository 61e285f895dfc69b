package io.authwire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.authwire.processor.base.Message;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Every {@link Message} is documented and tested: its tag has a row in the README's error or
 * warning table, as its kind says, and a {@link NegativeTest} reports it.
 */
class MessageCatalogueTest {
  /** The README at the root, relative to the module, where Maven runs tests. */
  private static final Path README = Path.of("..", "README.md");

  private static final Pattern TABLE = Pattern.compile("\\| (error|warning) \\| example \\|");
  private static final Pattern ROW = Pattern.compile("\\| `\\[(authwire:[a-z-]+)\\]` \\|.*");

  @Test
  void theReadmeTablesListEveryTagByKindAndNoOther() throws IOException {
    Set<String> documented = new TreeSet<>();
    String table = null;
    for (String line : Files.readAllLines(README)) {
      Matcher header = TABLE.matcher(line);
      Matcher row = ROW.matcher(line);
      if (header.matches()) {
        table = header.group(1);
      } else if (row.matches()) {
        assertNotNull(table, "a tag outside the error and warning tables: " + line);
        documented.add(table + " " + row.group(1));
      } else if (!line.startsWith("|")) {
        table = null;
      }
    }
    Set<String> tags =
        Arrays.stream(Message.values())
            .map(MessageCatalogueTest::row)
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(Set.of(), difference(tags, documented), "Messages without a README row");
    assertEquals(Set.of(), difference(documented, tags), "README rows without a Message");
  }

  @Test
  void everyMessageHasANegativeTest() {
    Set<Message> untested = EnumSet.allOf(Message.class);
    tests(NegativeTest.class)
        .map(test -> test.getAnnotation(Reports.class))
        .filter(reports -> reports != null)
        .forEach(reports -> untested.removeAll(List.of(reports.value())));

    assertEquals(Set.of(), untested, "no NegativeTest @Reports these");
  }

  @Test
  void everyNegativeTestSaysWhatItReports() {
    List<String> unsaid =
        tests(NegativeTest.class)
            .filter(test -> !test.isAnnotationPresent(Reports.class))
            .map(Method::getName)
            .collect(Collectors.toList());

    assertEquals(
        List.of(), unsaid, "a test that reports nothing belongs in AcceptedInterfacesTest");
  }

  /** {@code warning authwire:unused-param}: the table a message belongs in, and its tag. */
  private static String row(Message message) {
    return message.kind().toString().toLowerCase(Locale.ROOT) + " " + message.key();
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> difference = new TreeSet<>(a);
    difference.removeAll(b);
    return difference;
  }

  private static Stream<Method> tests(Class<?> testClass) {
    return Arrays.stream(testClass.getDeclaredMethods())
        .filter(
            method ->
                method.isAnnotationPresent(Test.class)
                    || method.isAnnotationPresent(ParameterizedTest.class));
  }
}
