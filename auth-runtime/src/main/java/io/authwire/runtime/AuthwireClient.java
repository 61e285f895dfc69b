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
import java.util.function.Function;

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
     * @throws IllegalStateException for an {@code @AuthorizationCode} API, whose clients act for a
     *     user: see {@link #users(TokenStore)}
     */
    public AuthwireClient<T> build() {
      if (config instanceof AuthorizationCodeConfig) {
        throw new IllegalStateException(
            client.getSimpleName()
                + " acts for signed-in users: build it with users(TokenStore), then forUser(id)");
      }
      VariableReader reader = reader();
      TransportPolicy policy = new TransportPolicy(allowInsecureHttp);
      Optional<String> url = baseUrl(reader, policy);
      Authentication authentication = listening(config.read(reader, policy));
      failOnProblems(reader);
      return assembler(url.orElseThrow()).apply(authentication);
    }

    /**
     * For an {@code @AuthorizationCode} API: signs users in and makes clients that act for them,
     * with their tokens in {@code store}.
     *
     * @throws MissingCredentialsException naming every variable that is missing or unusable
     * @throws IllegalStateException for an API of another kind, whose clients need no user
     */
    public UserClients<T> users(TokenStore store) {
      argument(store, "store");
      if (!(config instanceof AuthorizationCodeConfig)) {
        throw new IllegalStateException(
            client.getSimpleName() + " needs no signed-in user: build it with build()");
      }
      VariableReader reader = reader();
      TransportPolicy policy = new TransportPolicy(allowInsecureHttp);
      Optional<String> url = baseUrl(reader, policy);
      Registration registration = ((AuthorizationCodeConfig) config).register(reader, policy);
      failOnProblems(reader);
      return new UserClients<>(
          client.getSimpleName(), registration, store, assembler(url.orElseThrow()));
    }

    private VariableReader reader() {
      VariableSource source = variables != null ? variables : VariableSource.environment();
      return new VariableReader(source::get);
    }

    private void failOnProblems(VariableReader reader) {
      if (!reader.missing().isEmpty() || !reader.invalid().isEmpty()) {
        throw new MissingCredentialsException(
            client.getSimpleName(),
            reader.missing(),
            reader.invalid(),
            variables != null ? variablesLiveWhere : defaultWhere());
      }
    }

    /** Makes clients of this builder's settings, as they are now, with an authentication each. */
    private Function<Authentication, AuthwireClient<T>> assembler(String target) {
      Consumer<Feign.Builder> customizer = feign;
      Origin origin = HttpUrls.origin(target).orElseThrow();
      String name = client.getSimpleName();
      return authentication -> {
        Feign.Builder builder =
            Feign.builder()
                .client(new DefaultClient())
                .encoder(JsonCodecs.encoder())
                .decoder(JsonCodecs.decoder())
                .options(new Request.Options(DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, true));
        customizer.accept(builder);
        builder.addCapability(new AuthwireCapability(authentication, origin));
        T proxy = builder.target(new AuthwireTarget<>(api, target, authentication.placement()));
        return new AuthwireClient<>(name, api, proxy, target);
      };
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
