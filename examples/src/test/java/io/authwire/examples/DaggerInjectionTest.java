package io.authwire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DaggerInjectionTest {
  @RegisterExtension final LoopbackDotEnv env = new LoopbackDotEnv();

  @Test
  void aSingletonComponentExposesTheInterface() {
    WeatherComponent component = DaggerWeatherComponent.create();

    WeatherApi weather = component.weather();

    assertEquals(21.5, weather.forecast("Lima").temperature());
    assertSame(weather, component.weather());
  }
}
