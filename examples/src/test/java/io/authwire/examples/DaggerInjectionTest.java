package io.authwire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dagger.Binds;
import dagger.Component;
import dagger.Module;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DaggerInjectionTest {
  @RegisterExtension final LoopbackDotEnv env = new LoopbackDotEnv();

  // snippet: dagger
  @Module
  interface WeatherModule {
    @Binds
    WeatherApi weather(AuthwireWeatherApi client);
  }

  @Singleton
  @Component(modules = WeatherModule.class)
  interface WeatherComponent {
    WeatherApi weather();
  }

  // end snippet

  @Test
  void aSingletonComponentExposesTheInterface() {
    WeatherComponent component = DaggerDaggerInjectionTest_WeatherComponent.create();

    WeatherApi weather = component.weather();

    assertEquals(21.5, weather.forecast("Lima").temperature());
    assertSame(weather, component.weather());
  }
}
