package test;

import feign.Feign;
import io.authwire.runtime.AuthConfig;
import io.authwire.runtime.AuthwireClient;
import io.authwire.runtime.BasicConfig;
import io.authwire.runtime.MissingCredentialsException;
import io.authwire.runtime.VariableSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * An authenticated Feign client for {@link Outer.Inner}.
 *
 * <p>Reads {@code ACCOUNTS_USER}, {@code ACCOUNTS_PASS}
 * and {@code ACCOUNTS_BASE_URL}.
 */
@Generated("io.authwire.processor.AuthwireProcessor")
@Singleton
public final class AuthwireOuter_Inner implements Outer.Inner {
  private static final BasicConfig AUTH = AuthConfig.basic("ACCOUNTS");

  private final AuthwireClient<Outer.Inner> client;

  /**
   * Reads credentials like {@link #create()}; for dependency injection.
   */
  @Inject
  public AuthwireOuter_Inner() {
    this(AuthwireClient.builder(AuthwireOuter_Inner.class, Outer.Inner.class, AUTH).build());
  }

  private AuthwireOuter_Inner(AuthwireClient<Outer.Inner> client) {
    this.client = client;
  }

  /**
   * A client with credentials from the process environment laid over {@code .env} in the working
   * directory.
   *
   * @throws MissingCredentialsException naming every variable that is missing or unusable
   */
  public static AuthwireOuter_Inner create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String me() {
    return client.api().me();
  }

  @Override
  public String toString() {
    return client.toString();
  }

  /**
   * Configures the client; {@link #build()} checks every variable.
   */
  public static final class Builder {
    private final AuthwireClient.Builder<Outer.Inner> client = AuthwireClient.builder(AuthwireOuter_Inner.class, Outer.Inner.class, AUTH);

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
    public AuthwireOuter_Inner build() {
      return new AuthwireOuter_Inner(client.build());
    }
  }
}
