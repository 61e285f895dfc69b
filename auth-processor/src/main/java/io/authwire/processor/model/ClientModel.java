package io.authwire.processor.model;

import static java.util.Objects.requireNonNull;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writer needs for one generated client, already validated.
 *
 * @param api the annotated interface
 * @param generated the class to write
 * @param methods the abstract methods to delegate, inherited ones included
 * @param injectable whether {@code jakarta.inject} is on the classpath
 * @param generatedAnnotation the {@code @Generated} available for the source version, if any
 */
public record ClientModel(
    TypeElement api,
    ClassName generated,
    AuthModel auth,
    List<ExecutableElement> methods,
    boolean injectable,
    Optional<ClassName> generatedAnnotation) {

  public ClientModel {
    requireNonNull(api, "api");
    requireNonNull(generated, "generated");
    requireNonNull(auth, "auth");
    methods = List.copyOf(methods);
    requireNonNull(generatedAnnotation, "generatedAnnotation");
  }
}
