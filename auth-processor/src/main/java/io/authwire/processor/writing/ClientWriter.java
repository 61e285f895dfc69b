package io.authwire.processor.writing;

import static io.authwire.processor.base.KnownNames.AUTHWIRE_CLIENT;
import static io.authwire.processor.base.KnownNames.AUTHWIRE_CLIENT_BUILDER;
import static io.authwire.processor.base.KnownNames.AUTH_CONFIG;
import static io.authwire.processor.base.KnownNames.FEIGN_BUILDER;
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
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.authwire.processor.model.AuthModel;
import io.authwire.processor.model.ClientModel;
import io.authwire.processor.model.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/** Writes the {@code Authwire<Name>} class for a validated {@link ClientModel}. */
public final class ClientWriter {
  private static final String CLIENT = "client";

  private final Types types;

  public ClientWriter(Types types) {
    this.types = types;
  }

  public JavaFile write(ClientModel model) {
    ClassName api = ClassName.get(model.api());
    ClassName generated = model.generated();
    TypeName clientType = ParameterizedTypeName.get(AUTHWIRE_CLIENT, api);
    ClassName builder = generated.nestedClass("Builder");

    TypeSpec.Builder type =
        TypeSpec.classBuilder(generated)
            .addOriginatingElement(model.api())
            .avoidClashesWithNestedClasses(model.api())
            .addModifiers(PUBLIC, FINAL)
            .addSuperinterface(api)
            .addJavadoc(classJavadoc(model, api));
    model.generatedAnnotation()
        .ifPresent(
            annotation ->
                type.addAnnotation(
                    AnnotationSpec.builder(annotation)
                        .addMember("value", "$S", PROCESSOR)
                        .build()));
    if (model.injectable()) {
      type.addAnnotation(SINGLETON);
    }
    type.addField(
        FieldSpec.builder(model.auth().kind().config(), "AUTH", PRIVATE, STATIC, FINAL)
            .initializer(authInitializer(model.auth()))
            .build());
    type.addField(clientType, CLIENT, PRIVATE, FINAL);
    if (model.injectable()) {
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addJavadoc("Reads credentials like {@link #create()}; for dependency injection.\n")
              .addAnnotation(INJECT)
              .addModifiers(PUBLIC)
              .addStatement(
                  "this($T.builder($T.class, $T.class, AUTH).build())",
                  AUTHWIRE_CLIENT, generated, api)
              .build());
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(PRIVATE)
            .addParameter(clientType, CLIENT)
            .addStatement("this.$N = $N", CLIENT, CLIENT)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addJavadoc(
                "A client with credentials from the process environment laid over {@code .env} in"
                    + " the working\ndirectory.\n\n@throws $T naming every variable that is missing"
                    + " or unusable\n",
                MISSING_CREDENTIALS_EXCEPTION)
            .addModifiers(PUBLIC, STATIC)
            .returns(generated)
            .addStatement("return builder().build()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(PUBLIC, STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    DeclaredType apiType = (DeclaredType) model.api().asType();
    for (ExecutableElement method : model.methods()) {
      type.addMethod(delegate(method, apiType));
    }
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(String.class)
            .addStatement("return $N.toString()", CLIENT)
            .build());
    type.addType(builderType(generated, api, builder));
    return JavaFile.builder(generated.packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  private static CodeBlock classJavadoc(ClientModel model, ClassName api) {
    String prefix = model.auth().envPrefix();
    String variables =
        model.auth().kind().variableSuffixes().stream()
            .map(suffix -> "{@code " + prefix + "_" + suffix + "}")
            .collect(Collectors.joining(", "));
    return CodeBlock.of(
        "An authenticated Feign client for {@link $T}.\n\n<p>Reads $L\nand {@code $L_BASE_URL}.\n",
        api, variables, prefix);
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
          "$T.$N", ClassName.get((TypeElement) constant.getEnclosingElement()),
          constant.getSimpleName());
    }
    if (value instanceof List) {
      return ((List<?>) value).stream()
          .map(element -> literal(((AnnotationValue) element).getValue()))
          .collect(CodeBlock.joining(", "));
    }
    return CodeBlock.of("$L", value);
  }

  /** An override that keeps the interface's type-use annotations and calls the proxy. */
  private MethodSpec delegate(ExecutableElement method, DeclaredType apiType) {
    MethodSpec signature = MethodSpec.overriding(method, apiType, types).build();
    ExecutableType resolved = (ExecutableType) types.asMemberOf(apiType, method);
    MethodSpec.Builder override =
        MethodSpec.methodBuilder(signature.name())
            .addAnnotation(Override.class)
            .addModifiers(signature.modifiers())
            .addTypeVariables(signature.typeVariables())
            .returns(AnnotatedTypes.get(resolved.getReturnType()))
            .addExceptions(signature.exceptions())
            .varargs(method.isVarArgs());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < signature.parameters().size(); i++) {
      String name = signature.parameters().get(i).name();
      names.add(name);
      override.addParameter(AnnotatedTypes.get(resolved.getParameterTypes().get(i)), name);
    }
    CodeBlock call =
        CodeBlock.of(
            "$L.api().$N($L)", names.contains(CLIENT) ? "this." + CLIENT : CLIENT,
            method.getSimpleName(), String.join(", ", names));
    if (resolved.getReturnType().getKind() == TypeKind.VOID) {
      override.addStatement(call);
    } else {
      override.addStatement("return $L", call);
    }
    return override.build();
  }

  private static TypeSpec builderType(ClassName generated, ClassName api, ClassName builder) {
    TypeName clientBuilder = ParameterizedTypeName.get(AUTHWIRE_CLIENT_BUILDER, api);
    TypeName env = ParameterizedTypeName.get(Map.class, String.class, String.class);
    TypeName customizer = ParameterizedTypeName.get(ClassName.get(Consumer.class), FEIGN_BUILDER);
    return TypeSpec.classBuilder(builder)
        .addJavadoc("Configures the client; {@link #build()} checks every variable.\n")
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addField(
            FieldSpec.builder(clientBuilder, CLIENT, PRIVATE, FINAL)
                .initializer(
                    "$T.builder($T.class, $T.class, AUTH)", AUTHWIRE_CLIENT, generated, api)
                .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(
            forward(
                builder, "env", ParameterSpec.builder(env, "env").build(),
                "Reads variables only from {@code env}: neither the process environment nor"
                    + " {@code .env}.\n"))
        .addMethod(
            forward(
                builder, "baseUrl", ParameterSpec.builder(String.class, "baseUrl").build(),
                "The API root, overriding the variable and the annotation.\n"))
        .addMethod(
            forward(
                builder, "feign", ParameterSpec.builder(customizer, "customizer").build(),
                "Customizes Feign: client, options, logger, retryer, codecs, interceptors.\n"))
        .addMethod(
            forward(
                builder, "allowInsecureHttp", null,
                "Allows credentials over plain http to hosts that are not loopback.\n"))
        .addMethod(
            MethodSpec.methodBuilder("build")
                .addJavadoc("@throws $T naming every variable that is missing or unusable\n",
                    MISSING_CREDENTIALS_EXCEPTION)
                .addModifiers(PUBLIC)
                .returns(generated)
                .addStatement("return new $T($N.build())", generated, CLIENT)
                .build())
        .build();
  }

  private static MethodSpec forward(
      ClassName builder, String name, ParameterSpec parameter, String javadoc) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addJavadoc(javadoc).addModifiers(PUBLIC).returns(builder);
    if (parameter == null) {
      method.addStatement("$N.$N()", CLIENT, name);
    } else {
      method.addParameter(parameter).addStatement("$N.$N($N)", CLIENT, name, parameter);
    }
    return method.addStatement("return this").build();
  }
}
