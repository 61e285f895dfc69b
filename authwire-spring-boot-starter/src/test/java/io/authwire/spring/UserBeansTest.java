package io.authwire.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import io.authwire.spring.app.App;
import io.authwire.spring.app.AuthwireWeatherApi;
import io.authwire.spring.app.BillingApi;
import io.authwire.spring.app.FakeApis;
import io.authwire.spring.app.FeignCustomizers;
import io.authwire.spring.app.WeatherApi;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What an application declares itself wins over, or adjusts, what the starter registers. */
class UserBeansTest {
  static final FakeApis APIS = new FakeApis();

  @DynamicPropertySource
  static void urls(DynamicPropertyRegistry properties) {
    APIS.register(properties);
  }

  @AfterAll
  static void stop() {
    APIS.close();
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnWeatherBean {
    @Bean
    WeatherApi myWeather() {
      return AuthwireWeatherApi.builder()
          .env(Map.of("WEATHER_API_KEY", "key-of-my-own", "WEATHER_BASE_URL", APIS.url()))
          .build();
    }
  }

  @Nested
  @SpringBootTest(classes = {App.class, OwnWeatherBean.class})
  class AUserBeanWins {
    @Autowired ApplicationContext context;
    @Autowired WeatherApi weather;

    @Test
    void theStarterRegistersNoSecondBeanOfThatType() {
      assertThat(context.getBeansOfType(WeatherApi.class)).containsOnlyKeys("myWeather");
      assertThat(weather.forecast()).isEqualTo("sunny");
      assertThat(APIS.last("X-API-Key")).isEqualTo("key-of-my-own");
    }
  }

  @Nested
  @SpringBootTest(classes = {App.class, FeignCustomizers.class})
  class TheCustomizer {
    @Autowired WeatherApi weather;
    @Autowired BillingApi billing;

    @Test
    void appliesToAllClientsOrToOneClientType() {
      APIS.requests().clear();
      weather.forecast();
      billing.invoices();

      Headers weatherCall = APIS.requests().get(0);
      Headers billingCall = APIS.requests().get(APIS.requests().size() - 1);
      assertThat(weatherCall.getFirst("X-Caller")).isEqualTo("starter-test");
      assertThat(weatherCall.getFirst("X-Weather")).isEqualTo("yes");
      assertThat(billingCall.getFirst("X-Caller")).isEqualTo("starter-test");
      assertThat(billingCall.getFirst("X-Weather")).isNull();
    }
  }
}
