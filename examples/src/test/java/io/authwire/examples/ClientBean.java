package io.authwire.examples;

// snippet: spring-bean
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClientBean {
  @Bean
  WeatherApi weather() {
    return AuthwireWeatherApi.create();
  }
}
// end snippet
