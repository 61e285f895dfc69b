package io.authwire.runtime.internal.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file as shells, Docker and python-dotenv write it: {@code NAME=value}, an
 * optional {@code export} in front, values in single quotes (taken literally) or double quotes
 * ({@code \n}, {@code \"} and {@code \\} escapes), comments on their own line or after a value. A
 * malformed line is reported by its number, never by its content.
 */
public final class EnvFile {
  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*=\\s*(.*)");

  private EnvFile() {}

  /** A line that is not {@code NAME=value}, or a file that cannot be read. */
  public static final class Malformed extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    Malformed(Path file, int line, String reason, Throwable cause) {
      super(
          "The .env file "
              + file
              + (line > 0 ? " has a malformed line " + line + ": " : " cannot be read: ")
              + reason
              + (line > 0 ? ". Lines read NAME=value; the line's content is not shown here." : ""),
          cause);
      this.file = file;
      this.line = line;
    }

    public Path file() {
      return file;
    }

    /** The line's number from 1, or 0 when the file could not be read. */
    public int line() {
      return line;
    }
  }

  /**
   * The variables in {@code file}; none when it does not exist.
   *
   * @throws Malformed when a line is malformed or the file cannot be read
   */
  public static Map<String, String> read(Path file) {
    Path absolute = file.toAbsolutePath();
    String text;
    try {
      text = Files.readString(absolute, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | UncheckedIOException e) {
      throw new Malformed(absolute, 0, e.getClass().getSimpleName(), null);
    }
    return parse(absolute, text);
  }

  static Map<String, String> parse(Path file, String text) {
    Map<String, String> variables = new HashMap<>();
    List<String> lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher assignment = ASSIGNMENT.matcher(line);
      if (!assignment.matches()) {
        throw new Malformed(file, i + 1, "expected NAME=value", null);
      }
      variables.put(assignment.group(1), value(file, i + 1, assignment.group(2)));
    }
    return variables;
  }

  private static String value(Path file, int line, String raw) {
    if (raw.startsWith("'")) {
      int end = raw.indexOf('\'', 1);
      if (end < 0) {
        throw new Malformed(file, line, "a single quote is not closed", null);
      }
      return afterQuote(file, line, raw, end, raw.substring(1, end));
    }
    if (raw.startsWith("\"")) {
      StringBuilder value = new StringBuilder();
      for (int i = 1; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '"') {
          return afterQuote(file, line, raw, i, value.toString());
        }
        if (c == '\\' && i + 1 < raw.length()) {
          char escaped = raw.charAt(++i);
          value.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
        } else {
          value.append(c);
        }
      }
      throw new Malformed(file, line, "a double quote is not closed", null);
    }
    int comment = raw.indexOf(" #");
    int tabComment = raw.indexOf("\t#");
    if (tabComment >= 0 && (comment < 0 || tabComment < comment)) {
      comment = tabComment;
    }
    return (comment < 0 ? raw : raw.substring(0, comment)).strip();
  }

  /** {@code value}, once nothing but a comment follows its closing quote at {@code end}. */
  private static String afterQuote(Path file, int line, String raw, int end, String value) {
    String rest = raw.substring(end + 1).strip();
    if (!rest.isEmpty() && !rest.startsWith("#")) {
      throw new Malformed(file, line, "text follows the closing quote", null);
    }
    return value;
  }
}
