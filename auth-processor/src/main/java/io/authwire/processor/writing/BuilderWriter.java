package io.authwire.processor.writing;

import static io.authwire.processor.base.KnownNames.AUTHWIRE_CLIENT_BUILDER;
import static io.authwire.processor.base.KnownNames.FEIGN_BUILDER;
import static io.authwire.processor.base.KnownNames.MISSING_CREDENTIALS_EXCEPTION;
import static io.authwire.processor.base.KnownNames.TOKEN_LISTENER;
import static io.authwire.processor.base.KnownNames.TOKEN_STORE;
import static io.authwire.processor.base.KnownNames.VARIABLE_SOURCE;
import static io.authwire.processor.writing.ClientWriter.CLIENT;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.authwire.processor.model.ClientModel;
import java.util.Map;
import java.util.function.Consumer;

/** Writes the generated client's {@code Builder}, which forwards to the runtime's builder. */
final class BuilderWriter {
  private BuilderWriter() {}

  /**
   * @param clientBuilder the expression that starts the runtime's builder
   * @param users the nested class that a per-user API's builder makes, or {@code null}
   */
  static TypeSpec builder(
      ClassName builder,
      ClassName generated,
      ClassName api,
      CodeBlock clientBuilder,
      ClassName users,
      boolean requestsTokens) {
    TypeName clientBuilderType = ParameterizedTypeName.get(AUTHWIRE_CLIENT_BUILDER, api);
    TypeName env = ParameterizedTypeName.get(Map.class, String.class, String.class);
    TypeName customizer = ParameterizedTypeName.get(ClassName.get(Consumer.class), FEIGN_BUILDER);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc(
                "Configures the client; {@link #$L} checks every variable.\n",
                users == null ? "build()" : ClientModel.USERS + "(TokenStore)")
            .addModifiers(PUBLIC, STATIC, FINAL)
            .addField(
                FieldSpec.builder(clientBuilderType, CLIENT, PRIVATE, FINAL)
                    .initializer(clientBuilder)
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
            .addMethod(
                forward(
                    builder,
                    "env",
                    ParameterSpec.builder(env, "env").build(),
                    "Reads variables only from {@code env}: neither the process environment nor"
                        + " {@code .env}.\n"))
            .addMethod(
                forward(
                    builder,
                    "variables",
                    ParameterSpec.builder(VARIABLE_SOURCE, "source").build(),
                    "Reads variables only from {@code source}, by the same names: system properties,"
                        + " a secrets\nmanager, a container's configuration.\n"))
            .addMethod(
                forward(
                    builder,
                    "baseUrl",
                    ParameterSpec.builder(String.class, "baseUrl").build(),
                    "The API root, overriding the variable and the annotation.\n"))
            .addMethod(
                forward(
                    builder,
                    "feign",
                    ParameterSpec.builder(customizer, "customizer").build(),
                    "Customizes Feign: client, options, logger, retryer, codecs, interceptors.\n"))
            .addMethod(
                forward(
                    builder,
                    "allowInsecureHttp",
                    null,
                    "Allows credentials over plain http to hosts that are not loopback.\n"));
    if (requestsTokens) {
      type.addMethod(
          forward(
              builder,
              "tokenListener",
              ParameterSpec.builder(TOKEN_LISTENER, "listener").build(),
              "Tells {@code listener} of every token request, for metrics; never of a credential.\n"));
    }
    return type.addMethod(users == null ? build(generated) : users(users)).build();
  }

  private static MethodSpec build(ClassName generated) {
    return MethodSpec.methodBuilder("build")
        .addJavadoc(
            "@throws $T naming every variable that is missing or unusable\n",
            MISSING_CREDENTIALS_EXCEPTION)
        .addModifiers(PUBLIC)
        .returns(generated)
        .addStatement("return new $T($N.build())", generated, CLIENT)
        .build();
  }

  private static MethodSpec users(ClassName users) {
    return MethodSpec.methodBuilder(ClientModel.USERS)
        .addJavadoc(
            "Signs users in and makes clients that act for them, with users' tokens in {@code"
                + " store}.\n\n@throws $T naming every variable that is missing or unusable\n",
            MISSING_CREDENTIALS_EXCEPTION)
        .addModifiers(PUBLIC)
        .addParameter(TOKEN_STORE, "store")
        .returns(users)
        .addStatement("return new $T($N.users(store))", users, CLIENT)
        .build();
  }

  /** A builder method that calls the runtime builder's method of the same name. */
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
