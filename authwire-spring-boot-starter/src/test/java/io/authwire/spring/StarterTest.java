package io.authwire.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.authwire.spring.app.App;
import io.authwire.spring.app.AuthwireBillingApi;
import io.authwire.spring.app.AuthwireWeatherApi;
import io.authwire.spring.app.BillingApi;
import io.authwire.spring.app.FakeApis;
import io.authwire.spring.app.WeatherApi;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spring Boot applications with only the starter, their variables in Spring's configuration. */
class StarterTest {
  static final FakeApis APIS = new FakeApis();

  @DynamicPropertySource
  static void urls(DynamicPropertyRegistry properties) {
    APIS.register(properties);
  }

  @AfterAll
  static void stop() {
    APIS.close();
  }

  @Nested
  @SpringBootTest(classes = App.class)
  class FromApplicationProperties {
    @Autowired WeatherApi weather;
    @Autowired BillingApi billing;
    @Autowired MeterRegistry meters;
    @Autowired ApplicationContext context;

    @Test
    void everyGeneratedClientIsABeanWithItsVariablesFromProperties() {
      assertThat(weather).isInstanceOf(AuthwireWeatherApi.class);
      assertThat(context.getBeansOfType(WeatherApi.class)).hasSize(1);
      assertThat(weather.forecast()).isEqualTo("sunny");
      assertThat(APIS.last("X-API-Key")).isEqualTo("key-from-properties");
    }

    @Test
    void relaxedNamesAndALoopbackTokenEndpointServeClientCredentials() {
      assertThat(billing).isInstanceOf(AuthwireBillingApi.class);
      assertThat(billing.invoices()).isEqualTo("none due");
      assertThat(APIS.last("Authorization")).isEqualTo("Bearer " + FakeApis.TOKEN);
    }

    @Test
    void tokenRequestsAreMetersWithoutASecret() {
      billing.invoices();

      Timer requests =
          meters
              .get("authwire.token.requests")
              .tag("client", "AuthwireBillingApi")
              .tag("outcome", "success")
              .timer();
      assertThat(requests.count()).isGreaterThanOrEqualTo(1);
      assertThat(requests.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
      for (Meter meter : meters.getMeters()) {
        assertThat(meter.getId().toString())
            .doesNotContain("billing-secret")
            .doesNotContain(FakeApis.TOKEN);
      }
    }
  }

  @Nested
  @SpringBootTest(classes = App.class)
  @ActiveProfiles("staging")
  class FromAProfile {
    @Autowired WeatherApi weather;

    @Test
    void aProfilesFileOverridesApplicationProperties() {
      assertThat(weather.forecast()).isEqualTo("sunny");
      assertThat(APIS.last("X-API-Key")).isEqualTo("key-from-staging-profile");
    }
  }

  @Nested
  @SpringBootTest(classes = App.class)
  @ActiveProfiles("yaml")
  class FromYaml {
    @Autowired WeatherApi weather;

    @Test
    void yamlInRelaxedFormWorks() {
      assertThat(weather.forecast()).isEqualTo("sunny");
      assertThat(APIS.last("X-API-Key")).isEqualTo("key-from-yaml");
    }
  }

  @Nested
  @SpringBootTest(classes = App.class, properties = "WEATHER_API_KEY=key-from-test-property")
  class FromAnInlineProperty {
    @Autowired WeatherApi weather;

    @Test
    void higherPrecedenceSourcesWin() {
      assertThat(weather.forecast()).isEqualTo("sunny");
      assertThat(APIS.last("X-API-Key")).isEqualTo("key-from-test-property");
    }
  }

  @Nested
  @SpringBootTest(
      classes = App.class,
      properties = AuthwireAutoConfiguration.AUTO_REGISTER + "=false")
  class AutoRegistrationOff {
    @Autowired ApplicationContext context;
    @Autowired AuthwireClients clients;

    @Test
    void noClientIsRegisteredButTheFactoryStays() {
      assertThat(context.getBeansOfType(WeatherApi.class)).isEmpty();
      assertThat(clients.create(AuthwireWeatherApi.class).forecast()).isEqualTo("sunny");
      assertThat(APIS.last("X-API-Key")).isEqualTo("key-from-properties");
    }
  }
}
