package io.authwire.spring.app;

// snippet: spring-customizer
import feign.Logger;
import io.authwire.spring.AuthwireFeignCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class FeignCustomizers {
  @Bean
  AuthwireFeignCustomizer everyClient() {
    return (client, feign) ->
        feign.requestInterceptor(request -> request.header("X-Caller", "starter-test"));
  }

  @Bean
  AuthwireFeignCustomizer weatherOnly() {
    return AuthwireFeignCustomizer.forClient(
        AuthwireWeatherApi.class,
        feign ->
            feign
                .logLevel(Logger.Level.BASIC)
                .requestInterceptor(request -> request.header("X-Weather", "yes")));
  }
}
// end snippet
