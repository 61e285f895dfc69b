package io.authwire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CdiInjectionTest {
  @RegisterExtension final LoopbackDotEnv env = new LoopbackDotEnv();

  @Test
  void weldInjectsTheGeneratedClient() {
    assertEquals(21.5, WeldWeather.forecast("Quito").temperature());
  }

  @Test
  void weldInjectsTheGeneratedSingleton() {
    try (WeldContainer container =
        new Weld().disableDiscovery().addBeanClass(AuthwireWeatherApi.class).initialize()) {
      WeatherApi weather = container.select(WeatherApi.class).get();

      assertEquals(21.5, weather.forecast("Quito").temperature());
      assertSame(weather, container.select(WeatherApi.class).get());
    }
  }
}
