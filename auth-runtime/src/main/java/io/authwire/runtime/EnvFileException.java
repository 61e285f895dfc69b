package io.authwire.runtime;

import io.authwire.runtime.internal.env.EnvFile;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A {@code .env} file that cannot be read: a malformed line (reported by number, never by content,
 * since it may hold a secret) or an I/O error.
 */
public final class EnvFileException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  EnvFileException(EnvFile.Malformed malformed) {
    super(malformed.getMessage(), malformed.getCause());
    this.file = malformed.file();
    this.line = malformed.line();
  }

  /** The file, as an absolute path. */
  public Path file() {
    return file;
  }

  /** The number of the malformed line, counting from 1; empty when the file could not be read. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}
