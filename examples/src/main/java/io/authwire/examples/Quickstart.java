package io.authwire.examples;

// snippet: quickstart
import feign.Logger;
import io.authwire.examples.WeatherApi.Forecast;
import java.util.Map;

final class Quickstart {

  static Forecast fromTheEnvironment() {
    WeatherApi weather = AuthwireWeatherApi.create(); // reads WEATHER_API_KEY and WEATHER_BASE_URL
    return weather.forecast("Paris");
  }

  static WeatherApi configured(String testServerUrl) {
    return AuthwireWeatherApi.builder()
        .env(Map.of("WEATHER_API_KEY", "test-key", "WEATHER_BASE_URL", testServerUrl))
        .feign(
            f ->
                f.logger(new Logger.ErrorLogger()) // Feign's default logger prints nothing
                    .logLevel(Logger.Level.HEADERS)) // X-API-Key: <redacted>
        .build();
  }
}
// end snippet
