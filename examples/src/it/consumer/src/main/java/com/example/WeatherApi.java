package com.example;

import feign.Param;
import feign.RequestLine;
import io.authwire.ApiKeyAuth;

@ApiKeyAuth(envPrefix = "WEATHER", header = "X-API-Key")
public interface WeatherApi {

  @RequestLine("GET /forecast?city={city}")
  Forecast forecast(@Param("city") String city);

  record Forecast(String city, double temperature) {}
}
