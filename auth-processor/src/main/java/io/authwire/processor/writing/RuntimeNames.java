package io.authwire.processor.writing;

import com.palantir.javapoet.ClassName;

/** Runtime and library types the generated code uses, named rather than loaded. */
final class RuntimeNames {
  static final String RUNTIME_PACKAGE = "io.authwire.runtime";
  static final ClassName AUTH_CONFIG = ClassName.get(RUNTIME_PACKAGE, "AuthConfig");
  static final ClassName AUTHWIRE_CLIENT = ClassName.get(RUNTIME_PACKAGE, "AuthwireClient");
  static final ClassName AUTHWIRE_CLIENT_BUILDER = AUTHWIRE_CLIENT.nestedClass("Builder");
  static final ClassName MISSING_CREDENTIALS =
      ClassName.get(RUNTIME_PACKAGE, "MissingCredentialsException");
  static final ClassName CLIENT_AUTH = ClassName.get("io.authwire", "ClientAuth");
  static final ClassName FEIGN_BUILDER = ClassName.get("feign", "Feign", "Builder");
  static final ClassName INJECT = ClassName.get("jakarta.inject", "Inject");
  static final ClassName SINGLETON = ClassName.get("jakarta.inject", "Singleton");
  static final String PROCESSOR = "io.authwire.processor.AuthwireProcessor";

  private RuntimeNames() {}
}
