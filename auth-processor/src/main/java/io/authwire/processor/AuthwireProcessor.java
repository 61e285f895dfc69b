package io.authwire.processor;

import com.google.auto.service.AutoService;
import io.authwire.processor.base.ErrorReporter;
import io.authwire.processor.base.Message;
import io.authwire.processor.model.AuthKind;
import io.authwire.processor.model.ClientModel;
import io.authwire.processor.validation.ClientValidator;
import io.authwire.processor.validation.MissingTypeException;
import io.authwire.processor.writing.ClientWriter;
import io.authwire.processor.writing.IndexWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates {@code Authwire<Name>} for every interface annotated with {@code @ApiKeyAuth},
 * {@code @BasicAuth}, {@code @ClientCredentials} or {@code @AuthorizationCode}: validate, then
 * model, then write.
 */
@AutoService(Processor.class)
public final class AuthwireProcessor extends AbstractProcessor {
  /** Interfaces whose types were not all known yet, by qualified name, tried again next round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Arrays.stream(AuthKind.values())
        .map(kind -> kind.annotation().canonicalName())
        .collect(Collectors.toSet());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    ErrorReporter reporter = new ErrorReporter(processingEnv.getMessager());
    Set<Element> elements = new LinkedHashSet<>();
    deferred.stream()
        .map(name -> processingEnv.getElementUtils().getTypeElement(name))
        .filter(element -> element != null)
        .forEach(elements::add);
    deferred.clear();
    for (TypeElement annotation : annotations) {
      elements.addAll(round.getElementsAnnotatedWith(annotation));
    }
    for (Element element : elements) {
      generate(element, reporter, round.processingOver());
    }
    return false;
  }

  private void generate(Element element, ErrorReporter reporter, boolean lastRound) {
    try {
      Optional<ClientModel> model = new ClientValidator(processingEnv, reporter).validate(element);
      if (model.isPresent()) {
        new ClientWriter(processingEnv).write(model.get()).writeTo(processingEnv.getFiler());
        IndexWriter.write(model.get(), processingEnv.getFiler());
      }
    } catch (MissingTypeException e) {
      if (lastRound) {
        reporter.report(element, Message.UNRESOLVED_TYPE, element, e.type());
      } else {
        deferred.add(((TypeElement) element).getQualifiedName().toString());
      }
    } catch (IOException | RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.report(element, Message.INTERNAL_ERROR, element, trace);
    }
  }
}
