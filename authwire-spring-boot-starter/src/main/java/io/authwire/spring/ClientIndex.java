package io.authwire.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * The generated clients on the class path, as auth-processor indexes them: one file per client in
 * {@code META-INF/authwire/clients/}, holding the class's name.
 */
final class ClientIndex {
  static final String PATTERN = "classpath*:META-INF/authwire/clients/*";

  private ClientIndex() {}

  /** Every indexed class that this class loader can load, by name. */
  static Set<Class<?>> clients(ClassLoader classLoader) {
    Set<String> names = new TreeSet<>();
    try {
      for (Resource entry :
          new PathMatchingResourcePatternResolver(classLoader).getResources(PATTERN)) {
        try (InputStream in = entry.getInputStream()) {
          String name = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the index of Authwire clients", e);
    }
    Set<Class<?>> clients = new java.util.LinkedHashSet<>();
    for (String name : names) {
      if (ClassUtils.isPresent(name, classLoader)) {
        clients.add(ClassUtils.resolveClassName(name, classLoader));
      }
    }
    return clients;
  }
}
