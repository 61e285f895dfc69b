package io.authwire.examples;

// snippet: cdi
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

final class WeldWeather {
  static WeatherApi.Forecast forecast(String city) {
    try (WeldContainer container =
        new Weld().disableDiscovery().addBeanClass(AuthwireWeatherApi.class).initialize()) {
      WeatherApi weather = container.select(WeatherApi.class).get();
      return weather.forecast(city);
    }
  }
}
// end snippet
