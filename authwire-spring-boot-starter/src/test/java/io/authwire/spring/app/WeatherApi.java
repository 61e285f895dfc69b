package io.authwire.spring.app;

import feign.RequestLine;
import io.authwire.ApiKeyAuth;

@ApiKeyAuth(envPrefix = "WEATHER", header = "X-API-Key")
public interface WeatherApi {
  @RequestLine("GET /forecast")
  String forecast();
}
