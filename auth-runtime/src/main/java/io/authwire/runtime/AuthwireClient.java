package io.authwire.runtime;

import static java.util.Objects.requireNonNull;

import feign.Feign;
import feign.Request;
import io.authwire.runtime.internal.auth.Authentication;
import io.authwire.runtime.internal.codec.JsonCodecs;
import io.authwire.runtime.internal.env.Urls;
import io.authwire.runtime.internal.env.VariableReader;
import io.authwire.runtime.internal.transport.AuthwireCapability;
import io.authwire.runtime.internal.transport.AuthwireTarget;
import io.authwire.runtime.internal.transport.DefaultClient;
import io.authwire.runtime.internal.transport.HttpUrls;
import io.authwire.runtime.internal.transport.Origin;
import io.authwire.runtime.internal.transport.TransportPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Feign proxy for {@code T} with its authentication wired in; what a generated {@code
 * Authwire<Name>} class delegates to.
 */
public final class AuthwireClient<T> {
  /** Every call has a timeout; Feign's own default read timeout is a minute. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final String name;
  private final Class<T> api;
  private final T proxy;
  private final String baseUrl;

  private AuthwireClient(String name, Class<T> api, T proxy, String baseUrl) {
    this.name = name;
    this.api = api;
    this.proxy = proxy;
    this.baseUrl = baseUrl;
  }

  /**
   * @param client the generated class, whose name messages use
   * @param api the annotated interface
   * @param config its authentication, as the annotation declares it
   */
  public static <T> Builder<T> builder(Class<?> client, Class<T> api, AuthConfig config) {
    return new Builder<>(client, api, config);
  }

  /** The Feign proxy every call goes through. */
  public T api() {
    return proxy;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Names the interface and the base URL; never a credential. */
  @Override
  public String toString() {
    return name + "{api=" + api.getName() + ", baseUrl=" + baseUrl + "}";
  }

  /** Configures one client; {@link #build()} checks every variable before returning. */
  public static final class Builder<T> {
    private final Class<?> client;
    private final Class<T> api;
    private final AuthConfig config;
    private VariableSource variables;
    private String variablesLiveWhere;
    private final List<TokenListener> tokenListeners = new ArrayList<>();
    private String baseUrl;
    private Consumer<Feign.Builder> feign = builder -> {};
    private boolean allowInsecureHttp;

    private Builder(Class<?> client, Class<T> api, AuthConfig config) {
      this.client = requireNonNull(client, "client");
      this.api = requireNonNull(api, "api");
      this.config = requireNonNull(config, "config");
    }

    /**
     * Reads variables only from {@code env}: neither the process environment nor {@code .env}. A
     * {@code null} value counts as unset.
     */
    public Builder<T> env(Map<String, String> env) {
      this.variables = VariableSource.of(argument(env, "env"));
      this.variablesLiveWhere = "in the map given to env(Map)";
      return this;
    }

    /**
     * Reads variables only from {@code source}, by the names the annotation derives: neither the
     * process environment nor {@code .env}, unless {@code source} consults them ({@link
     * VariableSource#or}).
     */
    public Builder<T> variables(VariableSource source) {
      this.variables = argument(source, "source");
      this.variablesLiveWhere =
          "where the VariableSource given to variables(VariableSource) finds them";
      return this;
    }

    /**
     * Tells {@code listener} of every token request this client makes (client credentials only;
     * other clients make none). Successive calls add listeners.
     */
    public Builder<T> tokenListener(TokenListener listener) {
      tokenListeners.add(argument(listener, "listener"));
      return this;
    }

    /** The API root, overriding both {@code {envPrefix}_BASE_URL} and the annotation. */
    public Builder<T> baseUrl(String baseUrl) {
      this.baseUrl = argument(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Customizes Feign: client, options, logger, log level, retryer, codecs, interceptors.
     * Successive calls apply in order. Authentication, redaction and the transport rules wrap
     * whatever client and error decoder are set here.
     */
    public Builder<T> feign(Consumer<Feign.Builder> customizer) {
      this.feign = this.feign.andThen(argument(customizer, "customizer"));
      return this;
    }

    /**
     * Allows credentials over plain {@code http://} to hosts that are not loopback. Only for
     * networks that are trusted end to end.
     */
    public Builder<T> allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /**
     * @throws MissingCredentialsException naming every variable that is missing or unusable
     */
    public AuthwireClient<T> build() {
      VariableSource source = variables != null ? variables : VariableSource.environment();
      VariableReader reader = new VariableReader(source::get);
      TransportPolicy policy = new TransportPolicy(allowInsecureHttp);
      Optional<String> url = baseUrl(reader, policy);
      Authentication authentication = listening(config.read(reader, policy));
      if (!reader.missing().isEmpty() || !reader.invalid().isEmpty()) {
        throw new MissingCredentialsException(
            client.getSimpleName(),
            reader.missing(),
            reader.invalid(),
            variables != null ? variablesLiveWhere : defaultWhere());
      }

      Feign.Builder builder =
          Feign.builder()
              .client(new DefaultClient())
              .encoder(JsonCodecs.encoder())
              .decoder(JsonCodecs.decoder())
              .options(new Request.Options(DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, true));
      feign.accept(builder);
      String target = url.orElseThrow();
      Origin origin = HttpUrls.origin(target).orElseThrow();
      builder.addCapability(new AuthwireCapability(authentication, origin));
      T proxy = builder.target(new AuthwireTarget<>(api, target, authentication.placement()));
      return new AuthwireClient<>(client.getSimpleName(), api, proxy, target);
    }

    /** {@code authentication}, its token requests reported to the token listeners. */
    private Authentication listening(Authentication authentication) {
      if (tokenListeners.isEmpty()) {
        return authentication;
      }
      List<TokenListener> listeners = List.copyOf(tokenListeners);
      String name = client.getSimpleName();
      return new Authentication(
          authentication.placement(),
          feignClient -> {
            var credentials = authentication.credentials().create(feignClient);
            if (credentials instanceof ClientTokens) {
              listeners.forEach(listener -> ((ClientTokens) credentials).listen(name, listener));
            }
            return credentials;
          },
          authentication.variables());
    }

    private static String defaultWhere() {
      Path env = Path.of(System.getProperty("user.dir")).resolve(".env").toAbsolutePath();
      return "in the environment or in "
          + env
          + (Files.isRegularFile(env)
              ? ""
              : " (there is no such file: .env is read from the working directory)");
    }

    private static <V> V argument(V value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      return value;
    }

    private Optional<String> baseUrl(VariableReader reader, TransportPolicy policy) {
      return baseUrl != null
          ? Urls.check(reader, policy, "baseUrl(String)", baseUrl)
          : Urls.read(reader, policy, config.envPrefix() + "_BASE_URL", config.baseUrl());
    }
  }
}
