package io.authwire.processor.writing;

import static io.authwire.processor.base.KnownNames.MISSING_CREDENTIALS_EXCEPTION;
import static io.authwire.processor.base.KnownNames.SIGN_IN;
import static io.authwire.processor.base.KnownNames.SIGN_IN_REQUIRED_EXCEPTION;
import static io.authwire.processor.base.KnownNames.TOKEN_STORE;
import static io.authwire.processor.base.KnownNames.USER_CLIENTS;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.authwire.processor.model.ClientModel;

/**
 * Writes what a per-user API ({@code @AuthorizationCode}) has in place of {@code create()}: the
 * static {@code users(store)} and its nested {@code Users}, which signs users in and makes a client
 * per user.
 */
final class UsersWriter {
  private static final String USERS_FIELD = "users";

  private UsersWriter() {}

  /** {@code public static Users users(TokenStore store)}. */
  static MethodSpec factory(ClassName users) {
    return MethodSpec.methodBuilder(ClientModel.USERS)
        .addJavadoc(
            "Signs users in and makes clients that act for them, with credentials from the"
                + " process\nenvironment laid over {@code .env} in the working directory and"
                + " users' tokens in\n{@code store}. Build it once and keep it.\n\n@throws $T"
                + " naming every variable that is missing or unusable\n",
            MISSING_CREDENTIALS_EXCEPTION)
        .addModifiers(PUBLIC, STATIC)
        .addParameter(TOKEN_STORE, "store")
        .returns(users)
        .addStatement("return $N().$N(store)", ClientModel.BUILDER, ClientModel.USERS)
        .build();
  }

  /** The nested {@code Users}, which forwards to the runtime's {@code UserClients}. */
  static TypeSpec users(ClassName users, ClassName generated, ClassName api) {
    TypeName runtime = ParameterizedTypeName.get(USER_CLIENTS, api);
    return TypeSpec.classBuilder(users)
        .addJavadoc("Signs users in, and makes clients that act for one of them.\n")
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addField(runtime, USERS_FIELD, PRIVATE, FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PRIVATE)
                .addParameter(runtime, USERS_FIELD)
                .addStatement("this.$N = $N", USERS_FIELD, USERS_FIELD)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("signIn")
                .addJavadoc(
                    "The sign-in flow: {@code start} sends the user to the provider, {@code"
                        + " callback}\nstores the user's tokens.\n")
                .addModifiers(PUBLIC)
                .returns(SIGN_IN)
                .addStatement("return $N.signIn()", USERS_FIELD)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("forUser")
                .addJavadoc(
                    "A client that acts for {@code userId}. Its calls throw {@link $T} when the"
                        + " user must\nsign in again.\n",
                    SIGN_IN_REQUIRED_EXCEPTION)
                .addModifiers(PUBLIC)
                .addParameter(String.class, "userId")
                .returns(generated)
                .addStatement("return new $T($N.forUser(userId))", generated, USERS_FIELD)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("signOut")
                .addJavadoc("Forgets {@code userId}'s tokens; the provider is not told.\n")
                .addModifiers(PUBLIC)
                .addParameter(String.class, "userId")
                .addStatement("$N.signOut(userId)", USERS_FIELD)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(String.class)
                .addStatement("return $N.toString()", USERS_FIELD)
                .build())
        .build();
  }
}
