package test;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import io.authwire.ApiKeyAuth;
import java.io.IOException;
import java.util.List;
import java.util.Map;

@ApiKeyAuth(envPrefix = "WEATHER", baseUrl = "https://api.weather.example", header = "X-API-Key")
public interface WeatherApi extends Resource<WeatherApi.Station> {

  @RequestLine("GET /forecast?city={city}&days={days}")
  @Headers("Accept: application/json")
  Map<String, List<Double>> forecast(@Param("city") String city, @Param("days") int days)
      throws IOException;

  @RequestLine("GET /alerts?region={regions}")
  List<String> alerts(@Param("regions") String... regions);

  @RequestLine("GET /clients/{client}")
  String describe(@Param("client") String client);

  default String today(String city) throws IOException {
    return forecast(city, 1).toString();
  }

  record Station(String id, String name) {}
}
