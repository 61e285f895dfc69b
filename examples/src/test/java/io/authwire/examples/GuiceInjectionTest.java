package io.authwire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuiceInjectionTest {
  @RegisterExtension final LoopbackDotEnv env = new LoopbackDotEnv();

  @Test
  void injectsOneClientThatCallsTheApi() {
    Injector injector = Guice.createInjector(new WeatherModule());

    WeatherApi weather = injector.getInstance(WeatherApi.class);

    assertEquals(21.5, weather.forecast("Oslo").temperature());
    assertSame(weather, injector.getInstance(WeatherApi.class), "the client is a singleton");
  }
}
