package io.authwire.processor.writing;

import static io.authwire.processor.base.KnownNames.AUTHWIRE_CLIENT;
import static io.authwire.processor.base.KnownNames.AUTH_CONFIG;
import static io.authwire.processor.base.KnownNames.GENERATED;
import static io.authwire.processor.base.KnownNames.GENERATED_JAVA_8;
import static io.authwire.processor.base.KnownNames.INJECT;
import static io.authwire.processor.base.KnownNames.MISSING_CREDENTIALS_EXCEPTION;
import static io.authwire.processor.base.KnownNames.PROCESSOR;
import static io.authwire.processor.base.KnownNames.SINGLETON;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.authwire.processor.model.AuthKind;
import io.authwire.processor.model.AuthModel;
import io.authwire.processor.model.ClientModel;
import io.authwire.processor.model.Setting;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Writes the {@code Authwire<Name>} class for a validated {@link ClientModel}, choosing what the
 * user's build offers: {@code @Generated} for its source version, and {@code jakarta.inject}.
 */
public final class ClientWriter {
  /** The field that holds the runtime client, in the generated class and its builder. */
  static final String CLIENT = "client";

  private static final String AUTH = "AUTH";

  private final Elements elements;
  private final SourceVersion sourceVersion;
  private final DelegateWriter delegates;

  public ClientWriter(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.sourceVersion = env.getSourceVersion();
    this.delegates = new DelegateWriter(env.getTypeUtils());
  }

  public JavaFile write(ClientModel model) {
    ClassName api = ClassName.get(model.api());
    ClassName generated = model.generated();
    TypeName clientType = ParameterizedTypeName.get(AUTHWIRE_CLIENT, api);
    CodeBlock clientBuilder =
        CodeBlock.of("$T.builder($T.class, $T.class, $N)", AUTHWIRE_CLIENT, generated, api, AUTH);
    ClassName builder = generated.nestedClass("Builder");

    TypeSpec.Builder type =
        TypeSpec.classBuilder(generated)
            .addOriginatingElement(model.api())
            .avoidClashesWithNestedClasses(model.api())
            .addModifiers(PUBLIC, FINAL)
            .addSuperinterface(api)
            .addJavadoc(classJavadoc(model.auth(), api));
    generatedAnnotation(model.api()).ifPresent(type::addAnnotation);
    boolean perUser = model.auth().kind().perUser();
    boolean injectable = !perUser && isAvailable(INJECT, model.api());
    if (injectable) {
      type.addAnnotation(SINGLETON);
    }
    type.addField(
        FieldSpec.builder(model.auth().kind().config(), AUTH, PRIVATE, STATIC, FINAL)
            .initializer(authInitializer(model.auth()))
            .build());
    type.addField(clientType, CLIENT, PRIVATE, FINAL);
    if (injectable) {
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addJavadoc("Reads credentials like {@link #create()}; for dependency injection.\n")
              .addAnnotation(INJECT)
              .addModifiers(PUBLIC)
              .addStatement("this($L.build())", clientBuilder)
              .build());
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(PRIVATE)
            .addParameter(clientType, CLIENT)
            .addStatement("this.$N = $N", CLIENT, CLIENT)
            .build());
    ClassName users = perUser ? generated.nestedClass("Users") : null;
    type.addMethod(perUser ? UsersWriter.factory(users) : create(generated));
    type.addMethod(
        MethodSpec.methodBuilder(ClientModel.BUILDER)
            .addModifiers(PUBLIC, STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    DeclaredType apiType = (DeclaredType) model.api().asType();
    for (ExecutableElement method : model.methods()) {
      type.addMethod(delegates.delegate(method, apiType));
    }
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(String.class)
            .addStatement("return $N.toString()", CLIENT)
            .build());
    if (perUser) {
      type.addType(UsersWriter.users(users, generated, api));
    }
    // Token requests are reported for the client's own credentials; a user's are their store's.
    boolean requestsTokens = model.auth().kind() == AuthKind.CLIENT_CREDENTIALS;
    type.addType(
        BuilderWriter.builder(builder, generated, api, clientBuilder, users, requestsTokens));
    return JavaFile.builder(generated.packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  private static MethodSpec create(ClassName generated) {
    return MethodSpec.methodBuilder(ClientModel.CREATE)
        .addJavadoc(
            "A client with credentials from the process environment laid over {@code .env} in"
                + " the working\ndirectory.\n\n@throws $T naming every variable that is missing"
                + " or unusable\n",
            MISSING_CREDENTIALS_EXCEPTION)
        .addModifiers(PUBLIC, STATIC)
        .returns(generated)
        .addStatement("return $N().build()", ClientModel.BUILDER)
        .build();
  }

  private static CodeBlock classJavadoc(AuthModel auth, ClassName api) {
    String prefix = auth.envPrefix();
    String variables =
        auth.kind().variableSuffixes().stream()
            .map(suffix -> "{@code " + prefix + "_" + suffix + "}")
            .collect(Collectors.joining(", "));
    return CodeBlock.of(
        "An authenticated Feign client for {@link $T}$L.\n\n<p>Reads $L\nand {@code $L_BASE_URL}.\n",
        api,
        auth.kind().perUser()
            ? ", acting for one signed-in user: start with {@link #users(TokenStore)}"
            : "",
        variables,
        prefix);
  }

  /** {@code @Generated} as the source version names it, if the build has it. */
  private Optional<AnnotationSpec> generatedAnnotation(TypeElement api) {
    ClassName generated =
        sourceVersion.compareTo(SourceVersion.RELEASE_8) > 0 ? GENERATED : GENERATED_JAVA_8;
    if (!isAvailable(generated, api)) {
      return Optional.empty();
    }
    return Optional.of(
        AnnotationSpec.builder(generated)
            .addMember("value", "$S", PROCESSOR.canonicalName())
            .build());
  }

  /**
   * Whether code beside {@code api} can use {@code type}: on the class path, that it is there; in a
   * named module, that the module reads it ({@code javax.annotation.processing.Generated} needs
   * {@code requires java.compiler}, {@code jakarta.inject} its own {@code requires}).
   */
  private boolean isAvailable(ClassName type, TypeElement api) {
    ModuleElement module = elements.getModuleOf(api);
    return module == null || module.isUnnamed()
        ? elements.getTypeElement(type.canonicalName()) != null
        : elements.getTypeElement(module, type.canonicalName()) != null;
  }

  private static CodeBlock authInitializer(AuthModel auth) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("$T.$N($S)", AUTH_CONFIG, auth.kind().factoryMethod(), auth.envPrefix())
            .add("$>$>");
    for (Setting setting : auth.settings()) {
      code.add("\n.$N($L)", setting.name(), literal(setting.value().getValue()));
    }
    return code.add("$<$<").build();
  }

  /** An annotation value as the Java literal that the runtime method of the same name takes. */
  private static CodeBlock literal(Object value) {
    if (value instanceof String) {
      return CodeBlock.of("$S", value);
    }
    if (value instanceof VariableElement) {
      VariableElement constant = (VariableElement) value;
      return CodeBlock.of(
          "$T.$N",
          ClassName.get((TypeElement) constant.getEnclosingElement()),
          constant.getSimpleName());
    }
    if (value instanceof List) {
      return ((List<?>) value)
          .stream()
              .map(element -> literal(((AnnotationValue) element).getValue()))
              .collect(CodeBlock.joining(", "));
    }
    return CodeBlock.of("$L", value);
  }
}
