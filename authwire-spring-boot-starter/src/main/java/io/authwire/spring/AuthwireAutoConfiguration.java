package io.authwire.spring;

import io.authwire.runtime.TokenListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Makes every generated Authwire client on the class path a bean, with its variables from Spring's
 * {@link Environment}. {@code authwire.clients.auto-register=false} turns the registration off;
 * {@link AuthwireClients} stays available for the application's own beans.
 */
@AutoConfiguration
public class AuthwireAutoConfiguration {
  /** The property that turns off registering every generated client as a bean. */
  public static final String AUTO_REGISTER = "authwire.clients.auto-register";

  @Bean
  @ConditionalOnMissingBean
  public AuthwireClients authwireClients(
      Environment environment,
      ObjectProvider<AuthwireFeignCustomizer> customizers,
      ObjectProvider<TokenListener> listeners) {
    return new AuthwireClients(
        new SpringEnvironmentVariables(environment),
        customizers.orderedStream().toList(),
        listeners.orderedStream().toList());
  }

  /** Registers the generated clients. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = AUTO_REGISTER, havingValue = "true", matchIfMissing = true)
  @Import(ClientRegistrar.class)
  static class Registration {}

  /** Token requests as meters, where Micrometer is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    AuthwireTokenMetrics authwireTokenMetrics(ObjectProvider<MeterRegistry> registry) {
      return new AuthwireTokenMetrics(registry::getIfUnique);
    }
  }
}
