package io.authwire.examples;

import feign.Logger;
import io.authwire.examples.WeatherApi.Forecast;
import java.util.Map;

/** The README's usage snippets, compiled so that they stay true. */
final class Quickstart {
  private Quickstart() {}

  static Forecast fromTheEnvironment() {
    // snippet: create
    WeatherApi weather = AuthwireWeatherApi.create(); // reads WEATHER_API_KEY and WEATHER_BASE_URL
    Forecast paris = weather.forecast("Paris");
    // end snippet
    return paris;
  }

  static WeatherApi configured(String testServerUrl) {
    // snippet: builder
    WeatherApi weather =
        AuthwireWeatherApi.builder()
            .env(Map.of("WEATHER_API_KEY", "test-key", "WEATHER_BASE_URL", testServerUrl))
            .feign(f -> f.logLevel(Logger.Level.HEADERS)) // credentials print as <redacted>
            .build();
    // end snippet
    return weather;
  }
}
