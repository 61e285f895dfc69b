package io.authwire.examples;

// snippet: weather-api
import feign.Param;
import feign.RequestLine;
import io.authwire.ApiKeyAuth;

/** A weather API that takes its key in a header. */
@ApiKeyAuth(envPrefix = "WEATHER", header = "X-API-Key")
public interface WeatherApi {

  @RequestLine("GET /forecast?city={city}")
  Forecast forecast(@Param("city") String city);

  /** A day's forecast. */
  record Forecast(String city, double temperature, String sky) {}
}
// end snippet
