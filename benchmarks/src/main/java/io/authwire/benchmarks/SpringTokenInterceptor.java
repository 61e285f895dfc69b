package io.authwire.benchmarks;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * Spring Security 7's client-credentials manager behind a Feign interceptor, wired the way Spring
 * Cloud OpenFeign's {@code OAuth2AccessTokenInterceptor} and the Spring Security reference wire it
 * (that class's steps, without Spring Cloud's auto-configuration): an {@link
 * AuthorizedClientServiceOAuth2AuthorizedClientManager} with the client-credentials provider
 * (default clock skew, 60 s; default token client, Spring's {@code RestClient}), asked for the
 * client on every request on behalf of an anonymous principal.
 */
public final class SpringTokenInterceptor implements RequestInterceptor {
  private static final Authentication ANONYMOUS =
      new AnonymousAuthenticationToken(
          "anonymous", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

  private final OAuth2AuthorizedClientManager manager;
  private final String registrationId;

  public SpringTokenInterceptor(String tokenUrl, String clientId, String clientSecret) {
    this.registrationId = "bench-" + clientId;
    ClientRegistration registration =
        ClientRegistration.withRegistrationId(registrationId)
            .clientId(clientId)
            .clientSecret(clientSecret)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .tokenUri(tokenUrl)
            .build();
    InMemoryClientRegistrationRepository registrations =
        new InMemoryClientRegistrationRepository(registration);
    AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
        new AuthorizedClientServiceOAuth2AuthorizedClientManager(
            registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
    this.manager = manager;
  }

  @Override
  public void apply(RequestTemplate template) {
    Authentication principal = SecurityContextHolder.getContext().getAuthentication();
    OAuth2AuthorizeRequest request =
        OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
            .principal(principal != null ? principal : ANONYMOUS)
            .build();
    OAuth2AuthorizedClient client = manager.authorize(request);
    if (client == null) {
      throw new IllegalStateException("OAuth2 token has not been successfully acquired.");
    }
    template.header("Authorization");
    template.header(
        "Authorization", String.format("%s %s", "Bearer", client.getAccessToken().getTokenValue()));
  }
}
