package io.authwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: what a restart finds, compare-and-set, permissions, and no leaks. */
class FileTokenStoreTest {
  private static final StoredTokens FIRST =
      new StoredTokens(
          "access-1", "refresh-1", Instant.parse("2030-01-01T00:00:00Z"), List.of("a"));
  private static final StoredTokens SECOND =
      new StoredTokens("access-2", "refresh-2", Instant.parse("2030-01-01T01:00:00Z"), List.of());

  @TempDir Path directory;

  @Test
  void tokensSurviveANewStoreOnTheSameFile() {
    Path file = directory.resolve("nested/tokens.json");
    FileTokenStore.at(file).put("k", FIRST);
    assertEquals(FIRST, FileTokenStore.at(file).get("k").orElseThrow());
    assertTrue(FileTokenStore.at(file).get("other").isEmpty());
  }

  @Test
  void compareAndSetReplacesOnlyWhatWasRead() {
    FileTokenStore store = FileTokenStore.at(directory.resolve("tokens.json"));
    assertTrue(store.compareAndSet("k", null, FIRST));
    assertFalse(store.compareAndSet("k", null, SECOND));
    assertFalse(store.compareAndSet("k", SECOND, FIRST));
    assertTrue(store.compareAndSet("k", FIRST, SECOND));
    assertEquals(SECOND, store.get("k").orElseThrow());
    assertTrue(store.compareAndSet("k", SECOND, null));
    assertTrue(store.get("k").isEmpty());
    store.put("k", FIRST);
    store.remove("k");
    assertTrue(store.get("k").isEmpty());
  }

  @Test
  void theFileIsItsOwnersAloneAndNoTemporaryFileStays() throws Exception {
    Path file = directory.resolve("private/tokens.json");
    FileTokenStore.at(file).put("k", FIRST);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      assertEquals(
          "rwx------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(
          List.of("tokens.json", "tokens.json.lock"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aMalformedFileIsReportedWithoutItsContents() throws Exception {
    Path file = directory.resolve("tokens.json");
    Files.writeString(file, "{\"tokens\": {\"k\": refresh-secret-abc", StandardCharsets.UTF_8);
    IllegalStateException malformed =
        assertThrows(IllegalStateException.class, () -> FileTokenStore.at(file).get("k"));
    assertFalse(malformed.getMessage().contains("refresh-secret-abc"));
    assertTrue(malformed.getMessage().contains(file.toString()));
  }

  @Test
  void toStringShowsNoToken() {
    FileTokenStore store = FileTokenStore.at(directory.resolve("tokens.json"));
    store.put("k", FIRST);
    assertFalse((store + " " + FIRST).contains("access-1"));
    assertFalse(FIRST.toString().contains("refresh-1"));
  }
}
