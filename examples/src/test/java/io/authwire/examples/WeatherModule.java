package io.authwire.examples;

// snippet: guice
import com.google.inject.AbstractModule;

final class WeatherModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(WeatherApi.class).to(AuthwireWeatherApi.class);
  }
}
// end snippet
