package io.authwire.it;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.Filter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A real OAuth 2.0 authorization server (Spring Authorization Server) and, behind a JWT resource
 * server, a sample billing API. The resource server also rejects revoked tokens, as an API that
 * checks revocation would. Counts token requests and API calls for the tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class AuthorizationServer {
  private static final String SECRET_PREFIX = "correct-horse-battery-staple-";
  static final Duration SHORT_LIVED = Duration.ofSeconds(3);

  /** Token requests, and API calls by path. */
  static final class Counters {
    final AtomicInteger tokenRequests = new AtomicInteger();
    final Map<String, AtomicInteger> apiCalls = new ConcurrentHashMap<>();
    final AtomicInteger unauthorized = new AtomicInteger();

    int apiCalls(String path) {
      return apiCalls.getOrDefault(path, new AtomicInteger()).get();
    }
  }

  static ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(AuthorizationServer.class)
        .properties(
            "server.port=0",
            "server.address=127.0.0.1",
            "spring.main.banner-mode=off",
            "logging.level.root=WARN")
        .run();
  }

  /** The user who signs in to the authorization code clients. */
  static final String USER = "ada";

  static final String USER_PASSWORD = "lovelace-analytical-engine";

  /** A user who has never consented, as consent once given is remembered. */
  static final String NEW_USER = "grace";

  /**
   * The redirect URI of both authorization code clients; the command-line one may vary its port.
   */
  static final String REDIRECT_URI = "http://127.0.0.1/callback";

  /** How long a signed-in user's access token lives. */
  static final Duration USER_TOKEN_LIFETIME = Duration.ofSeconds(3);

  /**
   * A client of each client-authentication method, clients whose tokens live seconds, and two
   * authorization code clients: a confidential web application and a public command-line one.
   */
  @Bean
  RegisteredClientRepository clients() {
    return new InMemoryRegisteredClientRepository(
        signInClient("web-app", ClientAuthenticationMethod.CLIENT_SECRET_BASIC),
        signInClient("cli-app", ClientAuthenticationMethod.NONE),
        client("reuse", ClientAuthenticationMethod.CLIENT_SECRET_BASIC, Duration.ofMinutes(5)),
        client("post", ClientAuthenticationMethod.CLIENT_SECRET_POST, Duration.ofMinutes(5)),
        client("short-lived", ClientAuthenticationMethod.CLIENT_SECRET_BASIC, SHORT_LIVED),
        client("burst", ClientAuthenticationMethod.CLIENT_SECRET_BASIC, Duration.ofMinutes(5)),
        client("revoked", ClientAuthenticationMethod.CLIENT_SECRET_BASIC, Duration.ofMinutes(5)),
        client("rejected", ClientAuthenticationMethod.CLIENT_SECRET_BASIC, Duration.ofMinutes(5)),
        client("forbidden", ClientAuthenticationMethod.CLIENT_SECRET_BASIC, Duration.ofMinutes(5)),
        client(
            "wrong-secret", ClientAuthenticationMethod.CLIENT_SECRET_BASIC, Duration.ofMinutes(5)));
  }

  /** Spring wants every client's secret to differ. */
  static String secretOf(String clientId) {
    return SECRET_PREFIX + clientId;
  }

  private static RegisteredClient client(
      String id, ClientAuthenticationMethod method, Duration tokenLifetime) {
    return RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(id)
        .clientSecret("{noop}" + secretOf(id))
        .clientAuthenticationMethod(method)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .scope("invoices.read")
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
        .build();
  }

  /**
   * Authorization code with PKCE required, consent on, refresh tokens rotated on every use, access
   * tokens that live seconds.
   */
  private static RegisteredClient signInClient(String id, ClientAuthenticationMethod method) {
    RegisteredClient.Builder client =
        RegisteredClient.withId(UUID.randomUUID().toString())
            .clientId(id)
            .clientAuthenticationMethod(method)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .redirectUri(REDIRECT_URI)
            .scope("invoices.read")
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(true)
                    .build())
            .tokenSettings(
                TokenSettings.builder()
                    .accessTokenTimeToLive(USER_TOKEN_LIFETIME)
                    .refreshTokenTimeToLive(Duration.ofHours(1))
                    .reuseRefreshTokens(false)
                    .build());
    if (method != ClientAuthenticationMethod.NONE) {
      client.clientSecret("{noop}" + secretOf(id));
    }
    return client.build();
  }

  @Bean
  UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        User.withUsername(USER).password("{noop}" + USER_PASSWORD).roles("USER").build(),
        User.withUsername(NEW_USER).password("{noop}" + USER_PASSWORD).roles("USER").build());
  }

  @Bean
  OAuth2AuthorizationService authorizations() {
    return new InMemoryOAuth2AuthorizationService();
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }

  @Bean
  JWKSource<SecurityContext> jwkSource() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    RSAKey key =
        new RSAKey.Builder((RSAPublicKey) keys.getPublic())
            .privateKey((RSAPrivateKey) keys.getPrivate())
            .keyID(UUID.randomUUID().toString())
            .build();
    return new ImmutableJWKSet<>(new JWKSet(key));
  }

  /** Validates signature and expiry without clock skew, and rejects revoked tokens. */
  @Bean
  JwtDecoder jwtDecoder(
      JWKSource<SecurityContext> jwkSource,
      OAuth2AuthorizationService authorizations,
      TokenCapture capture) {
    NimbusJwtDecoder decoder =
        (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    OAuth2TokenValidator<Jwt> notRevoked =
        jwt -> {
          capture.saw(jwt.getSubject(), jwt.getTokenValue());
          OAuth2Authorization authorization =
              authorizations.findByToken(jwt.getTokenValue(), OAuth2TokenType.ACCESS_TOKEN);
          return authorization != null && authorization.getAccessToken().isActive()
              ? OAuth2TokenValidatorResult.success()
              : OAuth2TokenValidatorResult.failure(
                  new OAuth2Error("invalid_token", "revoked", null));
        };
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(Duration.ZERO), notRevoked));
    return decoder;
  }

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
    http.oauth2AuthorizationServer(
            authorizationServer -> http.securityMatcher(authorizationServer.getEndpointsMatcher()))
        .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
        .exceptionHandling(
            exceptions ->
                exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  /** The login form the user signs in with before the authorization endpoint asks for consent. */
  @Bean
  @Order(3)
  SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
        .formLogin(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            authorize -> authorize.anyRequest().hasAuthority("SCOPE_invoices.read"))
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  @Bean
  TokenCapture tokenCapture() {
    return new TokenCapture();
  }

  @Bean
  Counters counters() {
    return new Counters();
  }

  @Bean
  FilterRegistrationBean<Filter> countingFilter(Counters counters) {
    Filter filter =
        (request, response, chain) -> {
          String path = ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI();
          if (path.equals("/oauth2/token")) {
            counters.tokenRequests.incrementAndGet();
          } else if (path.startsWith("/api/")) {
            counters.apiCalls.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
          }
          chain.doFilter(request, response);
          if (path.startsWith("/api/")
              && ((jakarta.servlet.http.HttpServletResponse) response).getStatus() == 401) {
            counters.unauthorized.incrementAndGet();
          }
        };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The sample API; registered as a member class of this configuration. */
  @RestController
  static class BillingController {

    @GetMapping("/api/invoices/{id}")
    Map<String, Object> invoice(@PathVariable("id") String id) {
      return Map.of("id", id, "amountCents", 4200, "status", "open");
    }

    /** Refuses every token, as an API whose audience check never passes. */
    @GetMapping("/api/locked")
    ResponseEntity<String> locked() {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
          .body("locked");
    }

    @GetMapping("/api/admin")
    ResponseEntity<String> admin() {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body("admins only");
    }
  }
}
