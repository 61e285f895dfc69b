package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * A {@link TokenStore} in one JSON file, for command-line and desktop applications and single
 * servers: tokens survive a restart.
 *
 * <ul>
 *   <li>Every change rewrites the file through a temporary file in the same directory and an atomic
 *       rename, so a crash leaves the old file or the new one, never half of one.
 *   <li>Where the file system has POSIX permissions, the file and a directory Authwire creates are
 *       its owner's alone ({@code rw-------}, {@code rwx------}).
 *   <li>Changes hold a lock on {@code <file>.lock}, so processes sharing the file see each other's
 *       {@link #compareAndSet}.
 *   <li>Nothing in the file is ever logged or quoted in an exception, a malformed file included.
 * </ul>
 */
public final class FileTokenStore implements TokenStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ConcurrentMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

  private final Path file;
  private final Object monitor;

  private FileTokenStore(Path file) {
    this.file = file;
    this.monitor = MONITORS.computeIfAbsent(file, path -> new Object());
  }

  /** A store in {@code file}, created with its directory on the first change. */
  public static FileTokenStore at(Path file) {
    return new FileTokenStore(requireNonNull(file, "file").toAbsolutePath().normalize());
  }

  public Path file() {
    return file;
  }

  @Override
  public Optional<StoredTokens> get(String key) {
    requireNonNull(key, "key");
    synchronized (monitor) {
      return Optional.ofNullable(read().get(key));
    }
  }

  @Override
  public void put(String key, StoredTokens tokens) {
    requireNonNull(tokens, "tokens");
    update(key, current -> true, tokens);
  }

  @Override
  public void remove(String key) {
    update(key, current -> true, null);
  }

  @Override
  public boolean compareAndSet(String key, StoredTokens expected, StoredTokens replacement) {
    return update(key, current -> Objects.equals(current, expected), replacement);
  }

  /** Replaces the entry of {@code key} under the lock if {@code condition} holds for it. */
  private boolean update(String key, Predicate<StoredTokens> condition, StoredTokens replacement) {
    requireNonNull(key, "key");
    synchronized (monitor) {
      try {
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
          Files.createDirectories(directory, ownerOnly(directory, "rwx------"));
        }
        try (FileChannel lock =
                FileChannel.open(
                    file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock held = lock.lock()) {
          assert held.isValid();
          Map<String, StoredTokens> entries = read();
          if (!condition.test(entries.get(key))) {
            return false;
          }
          if (replacement == null) {
            entries.remove(key);
          } else {
            entries.put(key, replacement);
          }
          write(entries);
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "The token file " + file + " cannot be written (" + e.getClass().getSimpleName() + ")",
            new IOException(e.getClass().getName()));
      }
    }
  }

  private Map<String, StoredTokens> read() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException none) {
      return new LinkedHashMap<>();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The token file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")",
          new IOException(e.getClass().getName()));
    }
    try {
      Map<String, StoredTokens> entries = new LinkedHashMap<>();
      JsonNode tokens = JSON.readTree(bytes).get("tokens");
      for (Map.Entry<String, JsonNode> entry : tokens.properties()) {
        entries.put(entry.getKey(), tokens(entry.getValue()));
      }
      return entries;
    } catch (IOException | RuntimeException malformed) {
      // Jackson's messages quote the file: never show them.
      throw new IllegalStateException(
          "The token file "
              + file
              + " is not the JSON Authwire writes; its contents are not shown. Delete it to have"
              + " users sign in again.");
    }
  }

  private static StoredTokens tokens(JsonNode node) throws DateTimeParseException {
    List<String> scopes = new ArrayList<>();
    node.path("scopes").forEach(scope -> scopes.add(scope.asText()));
    JsonNode refresh = node.get("refresh_token");
    return new StoredTokens(
        node.get("access_token").textValue(),
        refresh == null || refresh.isNull() ? null : refresh.textValue(),
        Instant.parse(node.get("expires_at").textValue()),
        scopes);
  }

  private void write(Map<String, StoredTokens> entries) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    ObjectNode tokens = root.putObject("tokens");
    entries.forEach(
        (key, value) -> {
          ObjectNode entry = tokens.putObject(key);
          entry.put("access_token", value.accessToken());
          entry.put("refresh_token", value.refreshToken());
          entry.put("expires_at", value.expiresAt().toString());
          ArrayNode scopes = entry.putArray("scopes");
          value.scopes().forEach(scopes::add);
        });
    byte[] bytes;
    try {
      bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot encode the tokens");
    }
    Path directory = file.getParent();
    Path temporary =
        Files.createTempFile(
            directory, "." + file.getFileName(), ".tmp", ownerOnly(directory, "rw-------"));
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Owner-only permissions where the file system has POSIX permissions; none elsewhere. */
  private static FileAttribute<?>[] ownerOnly(Path directory, String permissions) {
    Path existing = directory;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    boolean posix =
        existing != null
            && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }

  /** Names the file; never a token. */
  @Override
  public String toString() {
    return "FileTokenStore(" + file + ")";
  }
}
