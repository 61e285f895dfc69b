package test;

import feign.Feign;
import io.authwire.ClientAuth;
import io.authwire.runtime.AuthConfig;
import io.authwire.runtime.AuthwireClient;
import io.authwire.runtime.ClientCredentialsConfig;
import io.authwire.runtime.MissingCredentialsException;
import io.authwire.runtime.TokenListener;
import io.authwire.runtime.VariableSource;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * An authenticated Feign client for {@link BillingApi}.
 *
 * <p>Reads {@code BILLING_CLIENT_ID}, {@code BILLING_CLIENT_SECRET}, {@code BILLING_TOKEN_URL}, {@code BILLING_SCOPE}
 * and {@code BILLING_BASE_URL}.
 */
@Generated("io.authwire.processor.AuthwireProcessor")
@Singleton
public final class AuthwireBillingApi implements BillingApi {
  private static final ClientCredentialsConfig AUTH = AuthConfig.clientCredentials("BILLING")
      .tokenUrl("https://auth.example.com/oauth2/token")
      .scopes("invoices.read", "invoices.write")
      .clientAuth(ClientAuth.CLIENT_SECRET_POST)
      .refreshSkewSeconds(30);

  private final AuthwireClient<BillingApi> client;

  /**
   * Reads credentials like {@link #create()}; for dependency injection.
   */
  @Inject
  public AuthwireBillingApi() {
    this(AuthwireClient.builder(AuthwireBillingApi.class, BillingApi.class, AUTH).build());
  }

  private AuthwireBillingApi(AuthwireClient<BillingApi> client) {
    this.client = client;
  }

  /**
   * A client with credentials from the process environment laid over {@code .env} in the working
   * directory.
   *
   * @throws MissingCredentialsException naming every variable that is missing or unusable
   */
  public static AuthwireBillingApi create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public <T extends Number> void pay(long id, T amount) {
    client.api().pay(id, amount);
  }

  @Override
  public String toString() {
    return client.toString();
  }

  /**
   * Configures the client; {@link #build()} checks every variable.
   */
  public static final class Builder {
    private final AuthwireClient.Builder<BillingApi> client = AuthwireClient.builder(AuthwireBillingApi.class, BillingApi.class, AUTH);

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
     * Tells {@code listener} of every token request, for metrics; never of a credential.
     */
    public Builder tokenListener(TokenListener listener) {
      client.tokenListener(listener);
      return this;
    }

    /**
     * @throws MissingCredentialsException naming every variable that is missing or unusable
     */
    public AuthwireBillingApi build() {
      return new AuthwireBillingApi(client.build());
    }
  }
}
