package io.authwire.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;

/**
 * Writes a corpus of Feign interfaces with varied signatures: path, query and header templates,
 * collections, arrays, varargs, primitives, {@code Optional}, maps, {@code @QueryMap},
 * {@code @HeaderMap}, JSON, byte and template bodies, default methods, a generic parent, and the
 * headers and query parameters the credential checks let through.
 *
 * <p>The first path segment of every method tells the recording server what to answer: {@code str},
 * {@code obj}, {@code arr}, {@code num} or {@code map}.
 */
final class Corpus {
  static final JavaFileObject ITEM =
      JavaFileObjects.forSourceLines(
          "corpus.Item", "package corpus;", "public record Item(String name, int count) {}");
  static final JavaFileObject RESOURCE =
      JavaFileObjects.forSourceLines(
          "corpus.Resource",
          "package corpus;",
          "import feign.*;",
          "public interface Resource<T> {",
          "  @RequestLine(\"GET /obj/resource/{id}\") T get(@Param(\"id\") String id);",
          "  @RequestLine(\"PUT /str/resource/{id}\")",
          "  @Headers(\"Content-Type: application/json\")",
          "  String put(@Param(\"id\") String id, T value);",
          "}");

  private static final String[][] METHODS = {
    {
      "@RequestLine(\"GET /str/m%d/{id}?q={q}\")",
      "String m%d(@Param(\"id\") String id, @Param(\"q\") int q);"
    },
    {
      "@RequestLine(\"GET /arr/m%d?tag={tags}\")",
      "List<Item> m%d(@Param(\"tags\") List<String> tags);"
    },
    {
      "@RequestLine(\"POST /obj/m%d\")",
      "@Headers(\"Content-Type: application/json\")",
      "Item m%d(Item item);"
    },
    {
      "@RequestLine(\"PUT /str/m%d/{id}\")",
      "@Headers(\"Content-Type: application/json\")",
      "@Body(\"%%7B\\\"name\\\": \\\"{name}\\\"%%7D\")",
      "void m%d(@Param(\"id\") long id, @Param(\"name\") String name);"
    },
    {
      "@RequestLine(\"GET /map/m%d\")",
      "Map<String, Object> m%d(@QueryMap Map<String, Object> filter);"
    },
    {"@RequestLine(\"GET /str/m%d\")", "String m%d(@HeaderMap Map<String, Object> headers);"},
    {
      "@RequestLine(\"DELETE /str/m%d/{id}\")",
      "@Headers(\"X-Trace: {trace}\")",
      "void m%d(@Param(\"id\") String id, @Param(\"trace\") String trace);"
    },
    {"@RequestLine(\"GET /str/m%d\")", "Optional<String> m%d();"},
    {
      "@RequestLine(\"GET /str/m%d?v={values}\")",
      "String m%d(@Param(\"values\") String... values);"
    },
    {
      "@RequestLine(\"GET /num/m%d?a={a}&b={b}&c={c}\")",
      "double m%d(@Param(\"a\") boolean a, @Param(\"b\") double b, @Param(\"c\") char c);"
    },
    {
      "@RequestLine(\"POST /str/m%d\")",
      "@Headers(\"Content-Type: application/octet-stream\")",
      "byte[] m%d(byte[] data);"
    },
    {"@RequestLine(\"GET /arr/m%d?ids={ids}\")", "List<Item> m%d(@Param(\"ids\") Long[] ids);"},
    {"@RequestLine(\"HEAD /str/m%d\")", "void m%d();"},
    // What the credential checks let through: harmless literals, credentials left to variables,
    // and the suppressed rare case.
    {
      "@RequestLine(\"GET /str/m%d?page=1&keyword={keyword}&key_id=7\")",
      "@Headers({\"X-Request-Id: abc123\", \"Idempotency-Key: k%d\"})",
      "String m%d(@Param(\"keyword\") String keyword);"
    },
    {
      "@RequestLine(\"GET /str/m%d\")",
      "@Headers({\"Authorization: Bearer {token}\", \"X-Auth-Token: {token}\"})",
      "String m%d(@Param(\"token\") String token);"
    },
    {
      "@SuppressWarnings(\"authwire:credential-in-query\")",
      "@RequestLine(\"GET /str/m%d?access_token={token}\")",
      "String m%d(@Param(\"token\") String token);"
    },
    {
      "@SuppressWarnings(\"authwire:credential-in-headers\")",
      "@RequestLine(\"GET /str/m%d\")",
      "@Headers(\"X-Api-Key: DEMO_KEY\")",
      "String m%d();"
    },
    {"default int m%d() { return %d; }"},
  };

  private Corpus() {}

  /** {@code count} interfaces {@code corpus.Api0} to {@code corpus.Api<count-1>}. */
  static List<JavaFileObject> interfaces(int count, long seed) {
    Random random = new Random(seed);
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> lines = new ArrayList<>();
      lines.add("package corpus;");
      lines.add("import feign.*;");
      lines.add("import java.util.*;");
      lines.add("@io.authwire.ApiKeyAuth(envPrefix = \"CORPUS\", header = \"X-Corpus-Key\")");
      if (random.nextInt(4) == 0) {
        lines.add("@Headers(\"Accept: application/json\")");
      }
      boolean generic = random.nextInt(3) == 0;
      lines.add("public interface Api" + i + (generic ? " extends Resource<Item>" : "") + " {");
      int methods = 2 + random.nextInt(3);
      for (int m = 0; m < methods; m++) {
        // Every method kind appears across the corpus, in varied company.
        String[] template =
            METHODS[(i * 3 + m * 5 + random.nextInt(METHODS.length)) % METHODS.length];
        for (String line : template) {
          lines.add("  " + String.format(line, m, i * 10 + m));
        }
      }
      lines.add("}");
      sources.add(JavaFileObjects.forSourceLines("corpus.Api" + i, lines));
    }
    return sources;
  }
}
