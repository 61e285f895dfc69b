package io.authwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates {@code Authwire<Name>}, a client that sends the API key read from {@code
 * {envPrefix}_API_KEY} with every request.
 *
 * <pre>{@code
 * @ApiKeyAuth(envPrefix = "WEATHER")                        // Authorization: Bearer $WEATHER_API_KEY
 * @ApiKeyAuth(envPrefix = "WEATHER", header = "X-API-Key")  // X-API-Key: $WEATHER_API_KEY
 * @ApiKeyAuth(envPrefix = "WEATHER", query = "api_key")     // ?api_key=$WEATHER_API_KEY
 * interface WeatherApi {
 *   @RequestLine("GET /forecast?city={city}")
 *   Forecast forecast(@Param("city") String city);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiKeyAuth {

  /** Prefix of every variable read, for example {@code WEATHER} for {@code WEATHER_API_KEY}. */
  String envPrefix();

  /** API root; {@code {envPrefix}_BASE_URL} overrides it, and one of them must be set. */
  String baseUrl() default "";

  /** Header that carries the key. */
  String header() default "Authorization";

  /** Prefix of the header value, used only with the {@code Authorization} header. */
  String scheme() default "Bearer";

  /**
   * When not empty, the key travels as this query parameter instead of a header. Query strings end
   * up in server and proxy logs, so prefer a header wherever the API accepts one.
   */
  String query() default "";
}
