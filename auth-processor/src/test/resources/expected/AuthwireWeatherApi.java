package test;

import feign.Feign;
import io.authwire.runtime.ApiKeyConfig;
import io.authwire.runtime.AuthConfig;
import io.authwire.runtime.AuthwireClient;
import io.authwire.runtime.MissingCredentialsException;
import io.authwire.runtime.VariableSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * An authenticated Feign client for {@link WeatherApi}.
 *
 * <p>Reads {@code WEATHER_API_KEY}
 * and {@code WEATHER_BASE_URL}.
 */
@Generated("io.authwire.processor.AuthwireProcessor")
@Singleton
public final class AuthwireWeatherApi implements WeatherApi {
  private static final ApiKeyConfig AUTH = AuthConfig.apiKey("WEATHER")
      .baseUrl("https://api.weather.example")
      .header("X-API-Key");

  private final AuthwireClient<WeatherApi> client;

  /**
   * Reads credentials like {@link #create()}; for dependency injection.
   */
  @Inject
  public AuthwireWeatherApi() {
    this(AuthwireClient.builder(AuthwireWeatherApi.class, WeatherApi.class, AUTH).build());
  }

  private AuthwireWeatherApi(AuthwireClient<WeatherApi> client) {
    this.client = client;
  }

  /**
   * A client with credentials from the process environment laid over {@code .env} in the working
   * directory.
   *
   * @throws MissingCredentialsException naming every variable that is missing or unusable
   */
  public static AuthwireWeatherApi create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public WeatherApi.Station get(String id) {
    return client.api().get(id);
  }

  @Override
  public void put(String id, WeatherApi.Station value) {
    client.api().put(id, value);
  }

  @Override
  public Map<String, List<Double>> forecast(String city, int days) throws IOException {
    return client.api().forecast(city, days);
  }

  @Override
  public List<String> alerts(String... regions) {
    return client.api().alerts(regions);
  }

  @Override
  public String describe(String client) {
    return this.client.api().describe(client);
  }

  @Override
  public String toString() {
    return client.toString();
  }

  /**
   * Configures the client; {@link #build()} checks every variable.
   */
  public static final class Builder {
    private final AuthwireClient.Builder<WeatherApi> client = AuthwireClient.builder(AuthwireWeatherApi.class, WeatherApi.class, AUTH);

    private Builder() {
    }

    /**
     * Reads variables only from {@code env}: neither the process environment nor {@code .env}.
     */
    public Builder env(Map<String, String> env) {
      client.env(env);
      return this;
    }

    /**
     * Reads variables only from {@code source}, by the same names: system properties, a secrets
     * manager, a container's configuration.
     */
    public Builder variables(VariableSource source) {
      client.variables(source);
      return this;
    }

    /**
     * The API root, overriding the variable and the annotation.
     */
    public Builder baseUrl(String baseUrl) {
      client.baseUrl(baseUrl);
      return this;
    }

    /**
     * Customizes Feign: client, options, logger, retryer, codecs, interceptors.
     */
    public Builder feign(Consumer<Feign.Builder> customizer) {
      client.feign(customizer);
      return this;
    }

    /**
     * Allows credentials over plain http to hosts that are not loopback.
     */
    public Builder allowInsecureHttp() {
      client.allowInsecureHttp();
      return this;
    }

    /**
     * @throws MissingCredentialsException naming every variable that is missing or unusable
     */
    public AuthwireWeatherApi build() {
      return new AuthwireWeatherApi(client.build());
    }
  }
}
