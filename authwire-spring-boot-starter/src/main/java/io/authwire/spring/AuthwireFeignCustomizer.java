package io.authwire.spring;

import static java.util.Objects.requireNonNull;

import feign.Feign;
import java.util.function.Consumer;

/**
 * Adjusts Feign (options, logger, log level, retryer, interceptors) for the clients the starter
 * builds. Declare one as a bean; beans apply in their {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * AuthwireFeignCustomizer slowBilling() {
 *   return AuthwireFeignCustomizer.forClient(
 *       AuthwireBillingApi.class,
 *       feign -> feign.options(new Request.Options(Duration.ofSeconds(2), Duration.ofSeconds(30), true)));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AuthwireFeignCustomizer {
  /**
   * @param client the generated class being built, for example {@code AuthwireBillingApi.class}
   * @param feign its Feign builder; authentication, redaction and the transport rules wrap what is
   *     set here
   */
  void customize(Class<?> client, Feign.Builder feign);

  /** A customizer for the generated class {@code client} alone. */
  static AuthwireFeignCustomizer forClient(Class<?> client, Consumer<Feign.Builder> customizer) {
    requireNonNull(client, "client");
    requireNonNull(customizer, "customizer");
    return (built, feign) -> {
      if (built == client) {
        customizer.accept(feign);
      }
    };
  }
}
