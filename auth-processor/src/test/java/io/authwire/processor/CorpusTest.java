package io.authwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import feign.Client;
import feign.Feign;
import io.authwire.runtime.internal.codec.JsonCodecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generates clients for 200 varied interfaces and for every shape of {@link Shapes}, checks they
 * compile without a warning, and that each call sends exactly what plain Feign sends for the same
 * interface, but for the API key.
 */
class CorpusTest {
  private static final int INTERFACES = 200;
  private static final String KEY_HEADER = "X-Corpus-Key";

  @Test
  void generatedClientsSendWhatPlainFeignSends() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(Corpus.interfaces(INTERFACES, 42));
    sources.add(Corpus.ITEM);
    sources.add(Corpus.RESOURCE);
    sources.addAll(Shapes.sources());
    List<String> apis = new ArrayList<>();
    for (int i = 0; i < INTERFACES; i++) {
      apis.add("corpus.Api" + i);
    }
    apis.addAll(Shapes.clients());
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AuthwireProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader classes = new CompiledClasses(compilation, getClass().getClassLoader());

    int calls = 0;
    try (RecordingServer server = new RecordingServer()) {
      for (String name : apis) {
        Class<?> api = classes.loadClass(name);
        Object plain =
            Feign.builder()
                .client(new Client.Default(null, null, false))
                .encoder(JsonCodecs.encoder())
                .decoder(JsonCodecs.decoder())
                .target(api, server.url());
        Object generated =
            authwire(classes.loadClass("corpus.Authwire" + api.getSimpleName()), server.url());
        for (Method method : api.getMethods()) {
          if (Modifier.isStatic(method.getModifiers()) || method.isBridge()) {
            continue;
          }
          Object[] arguments = arguments(method, classes, server.url());
          Object expected = method.invoke(plain, arguments);
          List<RecordingServer.Recorded> plainRequests = server.take();
          Object actual = method.invoke(generated, arguments);
          List<RecordingServer.Recorded> authwireRequests = server.take();

          String where = api.getSimpleName() + "." + method.getName();
          assertTrue(
              Objects.deepEquals(expected, actual), where + ": " + expected + " vs " + actual);
          assertEquals(plainRequests.size(), authwireRequests.size(), where);
          for (int r = 0; r < plainRequests.size(); r++) {
            RecordingServer.Recorded sent = authwireRequests.get(r);
            assertEquals(List.of("corpus-key"), sent.headers().get(KEY_HEADER), where);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(sent.headers());
            headers.remove(KEY_HEADER);
            assertEquals(
                plainRequests.get(r),
                new RecordingServer.Recorded(sent.method(), sent.uri(), headers, sent.body()),
                where);
          }
          calls++;
        }
      }
    }
    assertTrue(calls > 2 * INTERFACES, calls + " calls");
  }

  private static Object authwire(Class<?> generated, String url) throws Exception {
    Object builder = generated.getMethod("builder").invoke(null);
    builder
        .getClass()
        .getMethod("env", Map.class)
        .invoke(builder, Map.of("CORPUS_API_KEY", "corpus-key", "CORPUS_BASE_URL", url));
    return builder.getClass().getMethod("build").invoke(builder);
  }

  /** Arguments for every parameter type the corpus uses, with characters that need encoding. */
  private static Object[] arguments(Method method, ClassLoader classes, String url)
      throws Exception {
    Type[] types = method.getGenericParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = argument(types[i], method.getParameterTypes()[i], classes, url);
    }
    return arguments;
  }

  private static Object argument(Type type, Class<?> raw, ClassLoader classes, String url)
      throws Exception {
    if (raw == String.class) {
      return "a b/\u00e7&x=1";
    } else if (raw == int.class) {
      return 7;
    } else if (raw == long.class) {
      return 9L;
    } else if (raw == boolean.class) {
      return true;
    } else if (raw == double.class) {
      return 2.5;
    } else if (raw == char.class) {
      return 'z';
    } else if (raw == byte[].class) {
      return new byte[] {1, 2, 3, (byte) 0xff};
    } else if (raw == String[].class) {
      return new String[] {"x", "y z"};
    } else if (raw == Long[].class) {
      return new Long[] {1L, 2L};
    } else if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      return element == String.class
          ? List.of("a", "b c")
          : List.of(argument(element, Object.class, classes, url));
    } else if (raw == Map.class) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("k1", "v 1");
      map.put("k2", 2);
      return map;
    } else if (raw == SortedMap.class || raw.getName().equals("corpus.HeaderBag")) {
      @SuppressWarnings("unchecked")
      Map<String, String> map =
          raw.isInterface()
              ? new TreeMap<>()
              : (Map<String, String>) raw.getConstructor().newInstance();
      map.put("X-Two", "2");
      map.put("X-One", "v 1");
      return map;
    } else if (raw == URI.class) {
      return URI.create(url);
    } else if (raw == Instant.class) {
      return Instant.ofEpochMilli(1_700_000_000_123L);
    } else if (raw == Object.class
        || raw.getName().equals("corpus.Item")
        || type instanceof java.lang.reflect.TypeVariable) {
      Class<?> item = classes.loadClass("corpus.Item");
      return item.getConstructor(String.class, int.class).newInstance("bolt", 3);
    }
    throw new AssertionError("no argument for " + type);
  }

  /** The classes a compilation wrote, loaded from memory. */
  private static final class CompiledClasses extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation compilation, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String name =
              file.getName()
                  .replaceFirst("^/CLASS_OUTPUT/", "")
                  .replace(".class", "")
                  .replace('/', '.');
          try (InputStream in = file.openInputStream()) {
            classes.put(name, in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
