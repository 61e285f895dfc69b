package io.authwire.processor.model;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writer needs for one generated client, already validated.
 *
 * @param api the annotated interface
 * @param methods the abstract methods to delegate, inherited ones included
 */
public record ClientModel(TypeElement api, AuthModel auth, List<ExecutableElement> methods) {
  /** The generated class's static factory method, which no interface method may shadow. */
  public static final String CREATE = "create";

  /** The generated class's static builder method, which no interface method may shadow. */
  public static final String BUILDER = "builder";

  /**
   * The static method that starts a per-user API's clients, in place of {@link #CREATE}, which no
   * interface method may shadow.
   */
  public static final String USERS = "users";

  public ClientModel {
    requireNonNull(api, "api");
    requireNonNull(auth, "auth");
    methods = List.copyOf(methods);
  }

  /** The static methods without parameters the generated class declares for {@code kind}. */
  public static List<String> generatedStatics(AuthKind kind) {
    return List.of(kind.perUser() ? USERS : CREATE, BUILDER);
  }

  /** The class to write: {@code com.acme.Outer.Inner} becomes {@code AuthwireOuter_Inner} there. */
  public ClassName generated() {
    ClassName name = ClassName.get(api);
    return ClassName.get(name.packageName(), "Authwire" + String.join("_", name.simpleNames()));
  }
}
